#include "commands/sessioncommands.h"
#include "commands/sessionlistcommands.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The undoable commands, headless: each user action is one command, one write and one
// notification, and undo puts back exactly what was there.
class tst_Commands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void revealIsOneWriteAndUndoes();
    void groupChoiceIsNeverAnAnswer();
    void refusedCommandsLeaveNoStep();
    void sessionSettingsUndo();
    void commitmentEditAndDeleteUndo();
    void askingIsNeverAnUndoStep();
    void askingWhatIsAskedChangesNothing();
    void answeredQuestionStaysOnUndo();
    void firstChangeAsksInTheSameStep();
    void refusedFirstChangeAsksNothing();
    void laterStepsKeepTheAskedQuestion();
    void newSessionUndoTakesItWholeAndReopensTheOneBefore();
    void plannedSessionLeavesTheOpenOneAlone();
    void newSessionThatCannotBeTakenStaysOpen();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<SessionStore> mStore;
    std::unique_ptr<SessionModel> mModel;
    QUndoStack mStack;
    qint64 mDecision = 0;
};

void tst_Commands::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    mStore = std::make_unique<SessionStore>();
    QString error;
    QVERIFY2(mStore->open(mDir->path(), &error), qPrintable(error));
    mModel = std::make_unique<SessionModel>(mStore.get());
    Session session;
    session.title = QStringLiteral("Commands");
    session.date = QDate(2026, 4, 4);
    QVERIFY(mModel->load(mStore->createSession(session, &error), &error));
    Question q;
    q.kind = QuestionKind::Decision;
    q.choices = {{QStringLiteral("quiet"), QStringLiteral("bystander")},
                 {QStringLiteral("raise"), QStringLiteral("advocate")}};
    mDecision = mModel->addQuestion(q, &error).value_or(0);
    QVERIFY(mDecision != 0);
}

void tst_Commands::cleanup()
{
    mStack.clear();
    mModel.reset();
    mStore.reset();
    mDir.reset();
}

void tst_Commands::revealIsOneWriteAndUndoes()
{
    QSignalSpy changes(mModel.get(), &SessionModel::changed);
    mStack.push(new RevealCommand(mModel.get(), mDecision, true));
    QCOMPARE(changes.size(), 1); // one notification for revealed and closed together
    const Question stored = mStore->questions(mModel->session().id).first();
    QVERIFY(stored.revealed);
    QVERIFY(!stored.open);
    mStack.undo();
    QVERIFY(!mModel->question(mDecision)->revealed);
    QVERIFY(mModel->question(mDecision)->open);
    mStack.redo();
    QVERIFY(mModel->question(mDecision)->revealed);
    QCOMPARE(mStack.count(), 1);
}

void tst_Commands::groupChoiceIsNeverAnAnswer()
{
    mModel->changeTally(mDecision, QStringLiteral("quiet"), 4);
    mStack.push(new RevealCommand(mModel.get(), mDecision, true));
    mStack.push(new SetGroupChoiceCommand(mModel.get(), mDecision, QStringLiteral("raise"),
                                          QStringLiteral("Option 2")));
    QCOMPARE(mModel->question(mDecision)->groupChoice, QStringLiteral("raise"));
    QCOMPARE(mModel->count(mDecision).votes, (QList<int>{4, 0}));
    QVERIFY(mModel->answers(mDecision).isEmpty());
    mStack.push(new SetGroupChoiceCommand(mModel.get(), mDecision, QStringLiteral("quiet"),
                                          QStringLiteral("Option 1")));
    mStack.undo();
    QCOMPARE(mModel->question(mDecision)->groupChoice, QStringLiteral("raise"));
    mStack.undo();
    QVERIFY(mModel->question(mDecision)->groupChoice.isEmpty());
    QVERIFY(mModel->question(mDecision)->revealed); // the reveal is its own step
}

void tst_Commands::refusedCommandsLeaveNoStep()
{
    // A command the model refuses deletes itself: no empty step on the Edit menu.
    mStack.push(new SetGroupChoiceCommand(mModel.get(), mDecision, QStringLiteral("pass"),
                                          QStringLiteral("Pass")));
    mStack.push(new SetGroupChoiceCommand(mModel.get(), mDecision + 50, QStringLiteral("raise"),
                                          QStringLiteral("Option 2")));
    mStack.push(new RevealCommand(mModel.get(), mDecision, false)); // not revealed: no change
    mStack.push(new RecordAnswerCommand(mModel.get(), mDecision, QStringLiteral("t"),
                                        QStringLiteral("shout"), QString()));
    QCOMPARE(mStack.count(), 0);
    QVERIFY(mModel->answers(mDecision).isEmpty());
}

void tst_Commands::sessionSettingsUndo()
{
    const Session before = mModel->session();
    Session changed = before;
    changed.title = QStringLiteral("Leads, autumn");
    changed.k = 7;
    QSignalSpy changes(mModel.get(), &SessionModel::changed);
    QString error;
    mStack.push(new ChangeSessionCommand(mModel.get(), changed, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(mStore->session(before.id)->title, QStringLiteral("Leads, autumn"));
    QCOMPARE(mStore->session(before.id)->k, 7);
    mStack.undo();
    QCOMPARE(mStore->session(before.id)->title, before.title);
    QCOMPARE(mModel->session().k, before.k);

    // Refused by the database (k outside 3–10): an error, no step, nothing changed.
    Session wrong = before;
    wrong.k = 42;
    mStack.clear();
    mStack.push(new ChangeSessionCommand(mModel.get(), wrong, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(mStack.count(), 0);
    QCOMPARE(mStore->session(before.id)->k, before.k);
}

QTEST_GUILESS_MAIN(tst_Commands)

void tst_Commands::commitmentEditAndDeleteUndo()
{
    QString error;
    mStack.push(new AddCommitmentCommand(mModel.get(), QStringLiteral("Credit ideas")));
    const Commitment added = mModel->commitments().first();
    QSignalSpy changes(mModel.get(), &SessionModel::changed);
    mStack.push(new EditCommitmentCommand(mModel.get(), added,
                                          QStringLiteral("Credit ideas by name"), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(mStore->commitments(mModel->session().id).first().text,
             QStringLiteral("Credit ideas by name"));
    mStack.push(new DeleteCommitmentCommand(mModel.get(), mModel->commitments().first()));
    QCOMPARE(changes.size(), 2);
    QVERIFY(mModel->commitments().isEmpty());
    QVERIFY(mStore->commitments(mModel->session().id).isEmpty());

    mStack.undo(); // back, with its edited text and its time
    QCOMPARE(mModel->commitments().size(), 1);
    QCOMPARE(mModel->commitments().first().text, QStringLiteral("Credit ideas by name"));
    QCOMPARE(mModel->commitments().first().at, added.at);
    mStack.undo();
    QCOMPARE(mModel->commitments().first().text, QStringLiteral("Credit ideas"));
    QVERIFY(mModel->flush());
    QCOMPARE(mStore->commitments(mModel->session().id).first().text,
             QStringLiteral("Credit ideas"));
    mStack.redo();
    mStack.redo();
    QVERIFY(mModel->commitments().isEmpty());
    QVERIFY(mStore->commitments(mModel->session().id).isEmpty());
    QCOMPARE(mStack.count(), 3);

    // An edit that is too long, empty or the same changes nothing and leaves no step.
    mStack.undo();
    const Commitment back = mModel->commitments().first();
    mStack.push(
        new EditCommitmentCommand(mModel.get(), back, QString(281, QLatin1Char('x')), &error));
    QVERIFY(!error.isEmpty());
    mStack.push(new EditCommitmentCommand(mModel.get(), back, QStringLiteral("  ")));
    mStack.push(new EditCommitmentCommand(mModel.get(), back, back.text));
    QCOMPARE(mStack.count(), 2); // the add and the edit; the delete's redo went with the push
    QCOMPARE(mStack.index(), 2);
    QCOMPARE(mModel->commitments().first().text, back.text);
}

void tst_Commands::askingIsNeverAnUndoStep()
{
    // Asked once, a question stays: pushing the asking leaves no step, one write and one
    // notification, and Ctrl+Z has nothing of it to take back.
    const Question draft = SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr);
    QSignalSpy changes(mModel.get(), &SessionModel::changed);
    mStack.push(new AskQuestionCommand(mModel.get(), draft));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(mStack.count(), 0);
    QVERIFY(SessionRules::askedAlready(mModel->questions(), draft));
    QCOMPARE(mStore->questions(mModel->session().id).size(), 2);
}

void tst_Commands::askingWhatIsAskedChangesNothing()
{
    const Question draft = SessionRules::newSelfPlacementQuestion(Phase::After, nullptr);
    QString error;
    QVERIFY(mModel->addQuestion(draft, &error));
    QSignalSpy changes(mModel.get(), &SessionModel::changed);
    AskQuestionCommand ask(mModel.get(), draft);
    ask.redo();
    QCOMPARE(ask.questionId(), SessionRules::askedAlready(mModel->questions(), draft)->id);
    QVERIFY(ask.isObsolete());
    QCOMPARE(changes.size(), 0);
    mStack.push(new AskQuestionCommand(mModel.get(), draft));
    QCOMPARE(mStack.count(), 0); // nothing to undo
    QCOMPARE(mModel->questions().size(), 2);
}

void tst_Commands::answeredQuestionStaysOnUndo()
{
    // A phone's answer is no undo step: undoing the asking must not take it with the question.
    const Question draft = SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr);
    mStack.push(new AskQuestionCommand(mModel.get(), draft));
    const qint64 id = SessionRules::askedAlready(mModel->questions(), draft)->id;
    QVERIFY(mModel->recordAnswer(id, QStringLiteral("phone-1"), QStringLiteral("advocate")).ok);
    mStack.undo();
    QVERIFY(mModel->question(id));
    QCOMPARE(mModel->answers(id).size(), 1);
    QVERIFY(mModel->flush());
    QCOMPARE(mStore->answers(mModel->session().id).size(), 1);
    mStack.redo(); // finds it asked: still one question
    QCOMPARE(mModel->questions().size(), 2);
    // The store keeps the same rule by itself.
    QString error;
    QVERIFY(!mStore->removeQuestion(id, &error));
    QVERIFY(!error.isEmpty());
}

void tst_Commands::firstChangeAsksInTheSameStep()
{
    const Question draft = SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr);
    const auto tally = [this](qint64 question) {
        return new ChangeTallyCommand(mModel.get(), question, QStringLiteral("advocate"), +1,
                                      QStringLiteral("Advocate"));
    };
    mStack.push(new AskAndChangeCommand(mModel.get(), draft, tally));
    QCOMPARE(mStack.count(), 1);
    QCOMPARE(mStack.undoText(), QStringLiteral("Add one to \"Advocate\""));
    const qint64 first = SessionRules::askedAlready(mModel->questions(), draft)->id;
    QCOMPARE(mModel->tally(first, QStringLiteral("advocate")), 1);
    mStack.push(new AskAndChangeCommand(mModel.get(), draft, tally)); // asked: only the count
    QCOMPARE(mModel->tally(first, QStringLiteral("advocate")), 2);
    QCOMPARE(mModel->questions().size(), 2);
    mStack.undo();
    QCOMPARE(mModel->tally(first, QStringLiteral("advocate")), 1);
    mStack.undo(); // the first press: its count; the question it asked stays, empty
    QCOMPARE(SessionRules::askedAlready(mModel->questions(), draft)->id, first);
    QCOMPARE(mModel->tally(first, QStringLiteral("advocate")), 0);
    mStack.redo();
    mStack.redo();
    QCOMPARE(SessionRules::askedAlready(mModel->questions(), draft)->id, first);
    QCOMPARE(mModel->tally(first, QStringLiteral("advocate")), 2);
    QVERIFY(mModel->flush());
    QCOMPARE(mStore->tallies(mModel->session().id).size(), 1);
    QCOMPARE(mStore->tallies(mModel->session().id).first().count, 2);
}

void tst_Commands::refusedFirstChangeAsksNothing()
{
    // Taking one away from a question nobody was asked: no count, no question, no step.
    const Question draft = SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr);
    QSignalSpy changes(mModel.get(), &SessionModel::changed);
    mStack.push(new AskAndChangeCommand(mModel.get(), draft, [this](qint64 question) {
        return new ChangeTallyCommand(mModel.get(), question, QStringLiteral("advocate"), -1,
                                      QStringLiteral("Advocate"));
    }));
    QCOMPARE(mStack.count(), 0);
    QVERIFY(!SessionRules::askedAlready(mModel->questions(), draft));
    QCOMPARE(mStore->questions(mModel->session().id).size(), 1);
}

void tst_Commands::laterStepsKeepTheAskedQuestion()
{
    // A count asks the question, a hot-seat answer goes into it; both are undone, a decision
    // scene is reached meanwhile (its question asked outside the stack), and both are redone:
    // the answer is back in the same question, and the decision holds nothing.
    const Question draft = SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr);
    mStack.push(new AskAndChangeCommand(mModel.get(), draft, [this](qint64 question) {
        return new ChangeTallyCommand(mModel.get(), question, QStringLiteral("advocate"), +1,
                                      QStringLiteral("Advocate"));
    }));
    const qint64 id = SessionRules::askedAlready(mModel->questions(), draft)->id;
    mStack.push(new RecordAnswerCommand(mModel.get(), id, QStringLiteral("seat-1"),
                                        QStringLiteral("bystander"), QString()));
    mStack.undo();
    mStack.undo();
    Question scene;
    scene.kind = QuestionKind::Decision;
    scene.scenarioId = QStringLiteral("credit");
    scene.sceneId = QStringLiteral("meeting");
    scene.choices = {{QStringLiteral("quiet"), QStringLiteral("bystander")}};
    AskQuestionCommand reached(mModel.get(), scene);
    reached.redo();
    QVERIFY(reached.questionId() != 0);
    mStack.redo();
    mStack.redo();
    const Question *asked = SessionRules::askedAlready(mModel->questions(), draft);
    QVERIFY(asked);
    QCOMPARE(asked->id, id);
    QCOMPARE(mModel->tally(id, QStringLiteral("advocate")), 1);
    QCOMPARE(mModel->answers(id).size(), 1);
    QCOMPARE(mModel->answers(id).first().choice, QStringLiteral("bystander"));
    QVERIFY(mModel->answers(reached.questionId()).isEmpty());
}

void tst_Commands::newSessionUndoTakesItWholeAndReopensTheOneBefore()
{
    const qint64 before = mModel->session().id;
    Session draft;
    draft.title = QStringLiteral("New one");
    draft.date = QDate(2026, 4, 5);
    QString error;
    mStack.push(new CreateSessionCommand(mStore.get(), mModel.get(), draft,
                                         CreateSessionCommand::Then::Opened, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(mStack.count(), 1);
    const qint64 created = mModel->session().id;
    QVERIFY(created != before);
    QCOMPARE(mModel->session().title, QStringLiteral("New one"));
    // A phone's answer and commitment in it: no steps of their own, they go with the session.
    Question q;
    q.kind = QuestionKind::Decision;
    q.choices = {{QStringLiteral("a"), QStringLiteral("bystander")}};
    const qint64 question = mModel->addQuestion(q, &error).value_or(0);
    QVERIFY(mModel->recordAnswer(question, QStringLiteral("phone-1"), QStringLiteral("a")).ok);
    QVERIFY(mModel->addCommitment(QStringLiteral("Speak up"), QStringLiteral("phone-1"), &error));

    mStack.undo();
    QCOMPARE(mModel->session().id, before); // the one open before, again
    QVERIFY(!mStore->session(created));
    QVERIFY(mStore->answers(created).isEmpty());

    mStack.redo();
    QCOMPARE(mModel->session().id, created);
    QCOMPARE(mModel->answers(question).size(), 1);
    QCOMPARE(mModel->commitments().size(), 1);
    QCOMPARE(mStore->session(created)->title, QStringLiteral("New one"));

    // With none open before, undo leaves none open.
    mStack.clear();
    mModel->unload();
    mStack.push(new CreateSessionCommand(mStore.get(), mModel.get(), draft,
                                         CreateSessionCommand::Then::Opened, &error));
    QVERIFY(mModel->isLoaded());
    mStack.undo();
    QVERIFY(!mModel->isLoaded());
}

void tst_Commands::plannedSessionLeavesTheOpenOneAlone()
{
    const qint64 open = mModel->session().id;
    Session followUp;
    followUp.title = QStringLiteral("Follow-up");
    followUp.date = QDate(2026, 5, 5);
    QString error;
    auto *command = new CreateSessionCommand(mStore.get(), mModel.get(), followUp,
                                             CreateSessionCommand::Then::Planned, &error);
    mStack.push(command);
    QVERIFY(error.isEmpty());
    const qint64 planned = command->sessionId();
    QVERIFY(planned != 0 && planned != open);
    QCOMPARE(mModel->session().id, open);
    QCOMPARE(mStore->sessions().size(), 2);
    mStack.undo();
    QCOMPARE(mModel->session().id, open);
    QVERIFY(!mStore->session(planned));
    mStack.redo();
    QCOMPARE(mModel->session().id, open);
    QCOMPARE(mStore->session(planned)->title, QStringLiteral("Follow-up"));
}

void tst_Commands::newSessionThatCannotBeTakenStaysOpen()
{
    // The database refuses writes (a full disk, a read-only file): a new session cannot be
    // created, which is said and leaves no step; one created before cannot be taken away, which
    // is said and leaves it open, answers and all.
    Session draft;
    draft.title = QStringLiteral("Refused");
    draft.date = QDate(2026, 4, 6);
    QSqlQuery pragma(mStore->database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = ON")));
    QString error;
    mStack.push(new CreateSessionCommand(mStore.get(), mModel.get(), draft,
                                         CreateSessionCommand::Then::Opened, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(mStack.count(), 0);
    QCOMPARE(mModel->session().title, QStringLiteral("Commands"));

    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = OFF")));
    error.clear();
    auto *command = new CreateSessionCommand(mStore.get(), mModel.get(), draft,
                                             CreateSessionCommand::Then::Opened, &error);
    mStack.push(command);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 created = mModel->session().id;
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = ON")));
    mStack.undo();
    QVERIFY(!command->failed().isEmpty());
    QCOMPARE(mModel->session().id, created); // still open
    QVERIFY(mStore->session(created));
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = OFF")));
    mStack.redo(); // as the console does after saying why: the stack says it is there
    QVERIFY(command->failed().isEmpty());
    QCOMPARE(mModel->session().id, created);
    mStack.undo(); // and now it can go
    QVERIFY(command->failed().isEmpty());
    QVERIFY(!mStore->session(created));
}

#include "tst_commands.moc"
