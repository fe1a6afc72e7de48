#include "runner/scenariorunner.h"

#include "runner/decisionpanel.h"
#include "runner/notespanel.h"
#include "runner/rolecardsdialog.h"
#include "runner/roundtimer.h"
#include "runner/uisizes.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
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

ScenarioRunner::ScenarioRunner(const Scenario &scenario, SessionModel *model, QUndoStack *undoStack,
                               AudienceState *audience, QWidget *parent)
    : QWidget(parent), mScenario(scenario), mModel(model), mUndoStack(undoStack),
      mAudience(audience)
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
    mRoleCardsButton = new QPushButton(tr("Role &cards…"), this);
    mRoleCardsButton->setObjectName(QStringLiteral("roleCards"));
    mRoleCardsButton->setAccessibleName(tr("Role cards"));
    mRoleCardsButton->setToolTip(tr("Every role's private brief and the observer checklist, to "
                                    "print or save as PDF"));
    mRestartButton = new QPushButton(tr("Start &over"), this);
    mRestartButton->setObjectName(QStringLiteral("restart"));
    mRestartButton->setAccessibleName(tr("Start the scenario over"));
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
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(4, 4, 16, 4);
    pageLayout->setSpacing(8);
    pageLayout->addWidget(mKicker);
    pageLayout->addWidget(mSceneTitle);
    pageLayout->addWidget(mNarration);
    pageLayout->addWidget(mDebriefView);
    auto *showRow = new QHBoxLayout;
    showRow->addWidget(mShowButton);
    showRow->addWidget(mProjectorStatus, 1);
    pageLayout->addLayout(showRow);
    pageLayout->addWidget(mEndingNote);
    pageLayout->addSpacing(10);
    pageLayout->addWidget(mDecision);
    pageLayout->addStretch(1);
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
    mDebriefButton->setAccessibleName(tr("Go on to the debrief"));
    mFinishButton = new QPushButton(tr("F&inish scenario"), this);
    mFinishButton->setObjectName(QStringLiteral("finish"));
    mFinishButton->setAccessibleName(tr("Finish the scenario"));
    // The way on looks like the way on (a frame in the highlight colour in most styles).
    for (QPushButton *button : {mNextButton, mDebriefButton, mFinishButton})
        button->setDefault(true);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(mScenarioTitle);
    titles->addWidget(mBreadcrumb);
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
    middle->addWidget(mScroll, 3);
    middle->addWidget(sideScroll, 2);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(mBackButton);
    bottom->addSpacing(16);
    // The decision's bar takes the room when it is there; otherwise the stretch pushes the
    // way on to the right.
    bottom->addWidget(mDecision->actionBar(), 100);
    bottom->addStretch(1);
    bottom->addWidget(mNextButton);
    bottom->addWidget(mDebriefButton);
    bottom->addWidget(mFinishButton);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addLayout(bottom);

    connect(mRoleCardsButton, &QPushButton::clicked, this, &ScenarioRunner::openRoleCards);
    connect(mRestartButton, &QPushButton::clicked, this, &ScenarioRunner::restart);
    connect(mBackButton, &QPushButton::clicked, this, &ScenarioRunner::goBack);
    connect(mShowButton, &QPushButton::clicked, this, &ScenarioRunner::showOnProjector);
    connect(mNextButton, &QPushButton::clicked, this, &ScenarioRunner::advance);
    connect(mDebriefButton, &QPushButton::clicked, this, &ScenarioRunner::openDebrief);
    connect(mFinishButton, &QPushButton::clicked, this, &ScenarioRunner::finished);
    connect(mDecision, &DecisionPanel::questionCreated, this, &ScenarioRunner::questionCreated);
    connect(mDecision, &DecisionPanel::showOnProjectorRequested, this,
            &ScenarioRunner::showOnAudience);
    connect(mDecision, &DecisionPanel::followRequested, this, &ScenarioRunner::goToScene);
    if (mAudience)
        connect(mAudience, &AudienceState::contentChanged, this,
                &ScenarioRunner::updateProjectorStatus);
    updateProjectorStatus();
    connect(mTimer, &RoundTimer::audienceSecondsChanged, this, [this](int seconds) {
        mTimerOnAudience = seconds >= 0;
        if (mAudience)
            mAudience->setTimerSeconds(seconds);
    });

    buildActions();
    applyFonts();
    // The first scene is shown by start(), at the latest when the runner is first shown, so
    // that whoever embeds the runner has connected to questionCreated() by then.
}

ScenarioRunner::~ScenarioRunner()
{
    // A timer left on the projector would outlive the scenario it belongs to.
    if (mAudience && mTimerOnAudience)
        mAudience->setTimerSeconds(-1);
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
    const Scene *scene = currentScene();
    return !mInDebrief && scene && scene->decision ? mDecision->questionId() : 0;
}

AudienceState::Content ScenarioRunner::currentAudienceContent() const
{
    AudienceState::Content content;
    if (mInDebrief) {
        content.mode = AudienceState::Mode::Debrief;
        content.heading = tr("Debrief: %1").arg(mScenario.title.simplified());
        const auto add = [&content](const QString &section, const QStringList &questions) {
            for (const QString &question : questions)
                content.items.append(tr("%1 %2").arg(section, question.simplified()));
        };
        add(tr("What?"), mScenario.debrief.what);
        add(tr("So what?"), mScenario.debrief.soWhat);
        add(tr("Now what?"), mScenario.debrief.nowWhat);
        return content;
    }
    if (const Scene *scene = currentScene()) {
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
    if (mAudience)
        mAudience->show(content);
    emit audienceContentShown(content);
}

void ScenarioRunner::goBack()
{
    if (mInDebrief) {
        mInDebrief = false;
    } else if (mPath.size() > 1) {
        mPath.removeLast();
    } else {
        return;
    }
    showStep();
}

void ScenarioRunner::advance()
{
    const Scene *scene = currentScene();
    if (mInDebrief || !scene)
        return;
    if (scene->ending)
        openDebrief();
    else if (!scene->decision && !scene->next.isEmpty())
        goToScene(scene->next);
}

void ScenarioRunner::goToScene(const QString &sceneId)
{
    if (!mScenario.scene(sceneId))
        return;
    mInDebrief = false;
    mPath.append(sceneId);
    showStep();
}

void ScenarioRunner::openDebrief()
{
    const Scene *scene = currentScene();
    if (!scene || !scene->ending || mInDebrief)
        return;
    mInDebrief = true;
    showStep();
}

void ScenarioRunner::start()
{
    if (!mStarted)
        restart();
}

void ScenarioRunner::restart()
{
    mStarted = true;
    mPath.clear();
    mInDebrief = false;
    if (!mScenario.scenes.isEmpty())
        mPath.append(mScenario.scenes.first().id);
    showStep();
}

void ScenarioRunner::openRoleCards()
{
    if (!mRoleCards) {
        mRoleCards = new RoleCardsDialog(mScenario, this);
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

const Scene *ScenarioRunner::currentScene() const
{
    return mPath.isEmpty() ? nullptr : mScenario.scene(mPath.last());
}

void ScenarioRunner::showStep()
{
    const Scene *scene = currentScene();
    const bool decision = scene && scene->decision && !mInDebrief;
    const bool ending = scene && scene->ending;

    if (mInDebrief) {
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
        section(tr("What? (what happened)"), mScenario.debrief.what);
        section(tr("So what? (why it matters)"), mScenario.debrief.soWhat);
        section(tr("Now what? (what each of us will do)"), mScenario.debrief.nowWhat);
        mDebriefView->setText(html);
        mNotes->setNotes(tr("Take the three kinds of question in order and give each its own time. "
                            "Let the room answer before you offer your own view. Invite, never "
                            "require: anyone may pass."));
        mTimerBox->setTitle(tr("Debrief timer"));
        mTimer->setRotationVisible(false);
        if (!mTimer->isRunning())
            mTimer->setDuration(DebriefSeconds);
    } else if (scene) {
        const int step = int(mPath.size());
        mKicker->setText(decision ? tr("Scene %1 · Decision point").arg(step)
                         : ending ? tr("Scene %1 · Ending").arg(step)
                                  : tr("Scene %1").arg(step));
        mSceneTitle->setText(scene->title.simplified());
        mNarration->setText(scene->narration.simplified());
        mNotes->setNotes(scene->notes);
        mTimerBox->setTitle(tr("Round timer"));
        mTimer->setRotationVisible(true);
        if (decision && scene->decision->timerSeconds > 0 && !mTimer->isRunning())
            mTimer->setDuration(scene->decision->timerSeconds);
    }
    mNarration->setAccessibleName(tr("Narration: %1").arg(mNarration->text()));
    mSceneTitle->setAccessibleName(mSceneTitle->text());
    mNarration->setVisible(!mInDebrief);
    mDebriefView->setVisible(mInDebrief);
    mEndingNote->setVisible(ending && !mInDebrief);
    mEndingNote->setText(tr("This is an ending of the scenario. When the room is ready, go on "
                            "to the debrief."));

    if (decision)
        mDecision->setDecision(mScenario.id, *scene);
    else
        mDecision->clearDecision();
    mDecision->setVisible(decision);
    mDecision->actionBar()->setVisible(decision);
    const bool recording = decision && mDecision->questionId() != 0;
    for (QAction *action : std::as_const(mVoteActions))
        action->setEnabled(recording);
    for (QAction *action : std::as_const(mUnvoteActions))
        action->setEnabled(recording);
    mMinusAction->setEnabled(recording);
    mRemoveArmed = false;

    const bool canNext = scene && !mInDebrief && !decision && !ending && !scene->next.isEmpty();
    mNextButton->setVisible(canNext);
    mDebriefButton->setVisible(ending && !mInDebrief);
    mFinishButton->setVisible(mInDebrief);
    mBackButton->setEnabled(mInDebrief || mPath.size() > 1);
    mBackAction->setEnabled(mBackButton->isEnabled());
    mAdvanceAction->setEnabled(canNext || (ending && !mInDebrief));
    mShowButton->setAccessibleName(mInDebrief ? tr("Show the debrief questions on the projector")
                                              : tr("Show the narration on the projector"));

    updateBreadcrumb();
    updateProjectorStatus();
    updateTabOrder();
    mScroll->ensureVisible(0, 0);

    if (isVisible())
        placeFocus();

    const qint64 question = currentQuestionId();
    if (question != mLastQuestionId) {
        mLastQuestionId = question;
        emit currentQuestionChanged(question);
    }
    emit stepChanged();
}

void ScenarioRunner::placeFocus()
{
    // The keyboard goes where the next move is.
    QWidget *focus = mShowButton;
    if (mDecision->isVisibleTo(this) && mDecision->focusTarget())
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
    }
    mProjectorStatus->setText(tr("The projector shows %1.").arg(what));
}

void ScenarioRunner::updateBreadcrumb()
{
    QStringList parts;
    for (int i = 0; i < mPath.size(); ++i) {
        const Scene *scene = mScenario.scene(mPath.at(i));
        const QString title = esc(scene ? scene->title.simplified() : mPath.at(i));
        const bool current = i == mPath.size() - 1 && !mInDebrief;
        parts.append(current ? QStringLiteral("<b>%1</b>").arg(title) : title);
    }
    if (mInDebrief)
        parts.append(QStringLiteral("<b>%1</b>").arg(esc(tr("Debrief"))));
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    mBreadcrumb->setText(
        QStringLiteral("<span style='color:%1'>%2</span> %3")
            .arg(muted, esc(tr("Path:")), parts.join(QStringLiteral(" &nbsp;›&nbsp; "))));
    QStringList plain;
    for (const QString &id : std::as_const(mPath)) {
        const Scene *scene = mScenario.scene(id);
        plain.append(scene ? scene->title.simplified() : id);
    }
    if (mInDebrief)
        plain.append(tr("Debrief"));
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
    updateBreadcrumb();
}
