#pragma once

#include "httptestclient.h"
#include "participant/participantserver.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"
#include "spectrum.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

// A store in a fresh folder with one session loaded and a participant server on 127.0.0.1.
struct ParticipantFixture
{
    QTemporaryDir dir;
    SessionStore store;
    SessionModel model{&store};
    std::unique_ptr<ParticipantServer> server;
    QString error;
    qint64 sessionId = 0;

    bool open(int k = 3, const QString &language = QStringLiteral("en"))
    {
        if (!store.open(dir.path(), &error))
            return false;
        sessionId = createSession(k, language);
        return sessionId != 0 && model.load(sessionId, &error);
    }

    qint64 createSession(int k = 3, const QString &language = QStringLiteral("en"))
    {
        Session s;
        s.title = QStringLiteral("Participant test");
        s.date = QDate(2026, 5, 4);
        s.k = k;
        s.language = language;
        s.stageLabels = {{QStringLiteral("performative-ally"), QStringLiteral("Visible ally")}};
        return store.createSession(s, &error);
    }

    // The default limits, except the ones per address: every test phone is on 127.0.0.1.
    static ParticipantServer::Limits loopbackLimits()
    {
        ParticipantServer::Limits limits;
        limits.devicesPerAddress = 100000;
        limits.longPollsPerAddress = 100000;
        return limits;
    }

    bool start(const ParticipantServer::Limits &limits = loopbackLimits(), quint16 port = 0)
    {
        if (!server)
            server = std::make_unique<ParticipantServer>(&model);
        server->setLimits(limits);
        return server->start(QHostAddress::LocalHost, port, &error);
    }

    quint16 port() const { return server->port(); }

    qint64 addSelfPlacement(Phase phase = Phase::Baseline)
    {
        Question q;
        q.kind = QuestionKind::SelfPlacement;
        q.phase = phase;
        q.prompt = QStringLiteral("Where are you today?");
        for (const QString &key : Spectrum::keys())
            q.choices.append({key, key});
        return model.addQuestion(q, &error).value_or(0);
    }

    qint64 addDecision()
    {
        Question q;
        q.kind = QuestionKind::Decision;
        q.scenarioId = QStringLiteral("credit-taken");
        q.sceneId = QStringLiteral("meeting");
        q.prompt = QStringLiteral("What do you do?");
        q.choices = {{QStringLiteral("stay-out"), QStringLiteral("bystander"),
                      QStringLiteral("Say nothing")},
                     {QStringLiteral("credit"), QStringLiteral("active-ally"),
                      QStringLiteral("Credit her, out loud")},
                     {QStringLiteral("escalate"), QStringLiteral("advocate"),
                      QStringLiteral("Raise it with the lead")}};
        return model.addQuestion(q, &error).value_or(0);
    }

    // As the console does: a decision is asked as part of its role-play.
    void ask(qint64 questionId)
    {
        const Question *q = model.question(questionId);
        server->setPrompt({ParticipantPrompt::Kind::Question, questionId,
                           q && q->kind == QuestionKind::Decision ? q->scenarioId : QString()});
    }
    // A scene of a role-play on the projector: phones wait, with its content note.
    void showScene(const QString &scenarioId)
    {
        server->setPrompt({ParticipantPrompt::Kind::Waiting, 0, scenarioId});
    }

    HttpResponse get(const QByteArray &path, const QByteArray &token = {})
    {
        return exchange(port(), httpRequest("GET", path, {}, token));
    }

    HttpResponse post(const QByteArray &path, const QJsonObject &body, const QByteArray &token = {})
    {
        return exchange(
            port(),
            httpRequest("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token));
    }

    // A new device: its token.
    QByteArray join()
    {
        const HttpResponse r = post("/api/join", {{QStringLiteral("code"), server->joinCode()}});
        return r.json().value(QLatin1String("token")).toString().toLatin1();
    }

    HttpResponse answer(const QByteArray &token, qint64 question, const QString &choice)
    {
        return post("/api/answer",
                    {{QStringLiteral("question"), question}, {QStringLiteral("choice"), choice}},
                    token);
    }

    QJsonObject state(const QByteArray &token) { return get("/api/state", token).json(); }
};
