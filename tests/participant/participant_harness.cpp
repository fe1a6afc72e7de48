// participant_harness: the participant server on 127.0.0.1 for the browser tests, with a new
// session in a data folder of their choosing (or, with --session ID, an existing one with its
// last question on the prompt again: a server started again after it was killed). Prints one
// JSON line once it listens:
//
//   {"url":"http://127.0.0.1:PORT/","code":"ABC234","session":ID}
//
// then reads one command a line on stdin and answers each with one JSON line (see
// docs/participant-api.md, "For developers"). No widgets, no display.

#include "catalogue.h"
#include "participant/participantserver.h"
#include "scenario/scenariolibrary.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"
#include "spectrum.h"
#include "store/sessionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>
#include <thread>

namespace {

void print(const QJsonObject &object)
{
    std::cout << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

QJsonObject failure(const QString &message)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
}

class Harness
{
public:
    Harness(SessionModel *model, ParticipantServer *server) : mModel(model), mServer(server) {}

    QJsonObject run(const QString &line)
    {
        const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString command = words.value(0);
        if (command == QLatin1String("open-decision"))
            return openDecision();
        if (command == QLatin1String("open-self-placement")) {
            const std::optional<Phase> phase =
                SessionKeys::phaseFromKey(words.value(1, QStringLiteral("baseline")));
            if (!phase)
                return failure(QStringLiteral("phase: baseline, after or follow-up"));
            return openSelfPlacement(*phase);
        }
        if (command == QLatin1String("open-check-in")) // the follow-up's "did you do it?"
            return ask(SessionRules::newCheckInQuestion(
                Catalogue::forLanguage(mModel->session().language).get()));
        if (command == QLatin1String("commitments"))
            return prompt({ParticipantPrompt::Kind::Commitment, 0, {}});
        if (command == QLatin1String("waiting"))
            return prompt({});
        if (command == QLatin1String("scene")) // "scene ID": a scene of that role-play is on
            return prompt({ParticipantPrompt::Kind::Waiting, 0, words.value(1)});
        if (command == QLatin1String("sitting-out")) { // "sitting-out ID": the trainer's count
            return ok_({{QStringLiteral("sittingOut"), mModel->sittingOutCount(words.value(1))}});
        }
        if (command == QLatin1String("close") || command == QLatin1String("reveal")) {
            const qint64 id = mServer->prompt().questionId;
            if (mServer->prompt().kind != ParticipantPrompt::Kind::Question)
                return failure(QStringLiteral("no question on the prompt"));
            QString error;
            const bool ok = command == QLatin1String("close")
                                ? mModel->setOpen(id, false, &error)
                                : mModel->setRevealed(id, true, &error);
            return ok ? ok_({{QStringLiteral("question"), id}}) : failure(error);
        }
        if (command == QLatin1String("restart")) {
            // "restart N": the port stays closed for N seconds, so phones notice the outage.
            const quint16 port = mServer->port();
            mServer->stop();
            const int seconds = std::clamp(words.value(1).toInt(), 0, 30);
            std::this_thread::sleep_for(std::chrono::seconds(seconds));
            QString error;
            if (!mServer->start(QHostAddress::LocalHost, port, &error))
                return failure(error);
            return ok_(
                {{QStringLiteral("url"), mServer->pageUrl(QHostAddress::LocalHost).toString()}});
        }
        if (command == QLatin1String("answers")) {
            QJsonArray answers;
            for (const Answer &a : mModel->answers()) {
                answers.append(QJsonObject{{QStringLiteral("question"), a.questionId},
                                           {QStringLiteral("token"), a.token},
                                           {QStringLiteral("choice"), a.choice}});
            }
            return ok_({{QStringLiteral("answers"), answers}});
        }
        if (command == QLatin1String("pauses"))
            return ok_({{QStringLiteral("pauses"), mServer->pauseRequests()}});
        if (command == QLatin1String("kept")) { // "kept N": the console's retention, in months
            mServer->setKeptMonths(words.value(1).toInt());
            return ok_();
        }
        if (command == QLatin1String("pause-seen")) {
            mServer->clearPauseRequests();
            return ok_();
        }
        if (command == QLatin1String("commitments-list")) {
            QJsonArray commitments;
            for (const Commitment &c : mModel->commitments()) {
                commitments.append(QJsonObject{{QStringLiteral("token"), c.token},
                                               {QStringLiteral("text"), c.text}});
            }
            return ok_({{QStringLiteral("commitments"), commitments}});
        }
        if (command == QLatin1String("room-questions")) { // the trainer's queue, as stored
            QJsonArray questions;
            for (const RoomQuestion &q : mModel->roomQuestions()) {
                questions.append(QJsonObject{
                    {QStringLiteral("text"), q.text},
                    {QStringLiteral("state"), SessionKeys::roomQuestionState(q.state)}});
            }
            return ok_({{QStringLiteral("questions"), questions}});
        }
        if (command == QLatin1String("quit")) {
            QCoreApplication::quit();
            return ok_();
        }
        return failure(QStringLiteral("unknown command: %1").arg(command));
    }

    QJsonObject openSelfPlacement(Phase phase)
    {
        Question q;
        q.kind = QuestionKind::SelfPlacement;
        q.phase = phase;
        q.prompt = phase == Phase::Baseline ? QStringLiteral("Where are you on the spectrum today?")
                                            : QStringLiteral("Where are you now?");
        for (const QString &key : Spectrum::keys())
            q.choices.append({key, key});
        return ask(q);
    }

private:
    QJsonObject ok_(QJsonObject object = {})
    {
        object.insert(QStringLiteral("ok"), true);
        return object;
    }

    QJsonObject prompt(const ParticipantPrompt &prompt)
    {
        mServer->setPrompt(prompt);
        return ok_();
    }

    QJsonObject ask(const Question &question)
    {
        QString error;
        const std::optional<qint64> id = mModel->addQuestion(question, &error);
        if (!id)
            return failure(error);
        // As the console does: a decision is asked as part of its role-play.
        mServer->setPrompt({ParticipantPrompt::Kind::Question, *id, question.scenarioId});
        return ok_(
            {{QStringLiteral("question"), *id}, {QStringLiteral("scenario"), question.scenarioId}});
    }

    // The first decision of a built-in scenario, as the console's decision panel records it:
    // in the session's language, as the console reads scenarios for the room.
    QJsonObject openDecision()
    {
        const std::shared_ptr<const Catalogue> room =
            Catalogue::forLanguage(mModel->session().language);
        ScenarioLibrary library;
        library.load(QString(), [&room](const QString &id, const QString &source) {
            return room->scenarioText(id, source);
        });
        for (const ScenarioLibrary::Entry &entry : library.entries()) {
            for (const Scene &scene : entry.scenario.scenes) {
                if (!scene.decision || scene.decision->options.size() < 3)
                    continue;
                Question q;
                q.kind = QuestionKind::Decision;
                q.scenarioId = entry.scenario.id;
                q.sceneId = scene.id;
                q.prompt = scene.decision->prompt.simplified();
                for (int i = 0; i < 3; ++i) {
                    const DecisionOption &option = scene.decision->options.at(i);
                    q.choices.append({option.id, option.stage, option.text.simplified()});
                }
                return ask(q);
            }
        }
        return failure(QStringLiteral("no built-in scenario has a decision with 3 options"));
    }

    SessionModel *mModel;
    ParticipantServer *mServer;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The program's catalogues as the build makes them (the program has them built in).
    Catalogue::setFolder(QStringLiteral(UPSTANDER_CATALOGUE_DIR));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the session database."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("The session's language (a code of the registry)."), QStringLiteral("LANG"),
        QStringLiteral("en"));
    const QCommandLineOption k(QStringLiteral("k"), QStringLiteral("The session's k (3 to 10)."),
                               QStringLiteral("K"), QStringLiteral("3"));
    const QCommandLineOption existing(QStringLiteral("session"),
                                      QStringLiteral("Serve this session of the folder again."),
                                      QStringLiteral("ID"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("The port to listen on (0: any free one)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    parser.addOptions({dataDir, language, k, existing, port});
    parser.process(app);
    if (!parser.isSet(dataDir)) {
        print(failure(QStringLiteral("--data-dir DIR is required")));
        return 2;
    }

    SessionStore store;
    SessionModel model(&store);
    ParticipantServer server(&model);
    // Every browser phone of a test is on 127.0.0.1: the limits per address make room for them.
    ParticipantServer::Limits limits;
    limits.devicesPerAddress = 1000;
    limits.longPollsPerAddress = 1000;
    server.setLimits(limits);
    QString error;
    Session session;
    session.title = QStringLiteral("Browser test");
    session.date = QDate::currentDate();
    session.language = parser.value(language);
    session.k = parser.value(k).toInt();
    qint64 sessionId = parser.value(existing).toLongLong();
    if (!store.open(parser.value(dataDir), &error) ||
        (sessionId == 0 && !(sessionId = store.createSession(session, &error))) ||
        !model.load(sessionId, &error)) {
        print(failure(error));
        return 1;
    }
    Harness harness(&model, &server);
    QJsonObject opened;
    if (parser.isSet(existing) && !model.questions().isEmpty()) {
        server.setPrompt({ParticipantPrompt::Kind::Question, model.questions().last().id, {}});
        opened.insert(QStringLiteral("ok"), true);
    } else {
        opened = harness.openSelfPlacement(Phase::Baseline);
    }
    if (!opened.value(QLatin1String("ok")).toBool() ||
        !server.start(QHostAddress::LocalHost, quint16(parser.value(port).toUInt()), &error)) {
        print(failure(error));
        return 1;
    }
    print({{QStringLiteral("url"), server.pageUrl(QHostAddress::LocalHost).toString()},
           {QStringLiteral("code"), server.joinCode()},
           {QStringLiteral("session"), sessionId}});

    // stdin is read on its own thread; each line is handled on the main thread, where the
    // server and the model live. End of input ends the harness.
    std::thread reader([&app, &harness] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString command = QString::fromStdString(line);
            QMetaObject::invokeMethod(
                &app, [&harness, command] { print(harness.run(command)); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    reader.detach();
    const int status = app.exec();
    server.stop();
    store.flush();
    return status;
}
