#pragma once

#include "httptestclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

// The addresses the abuse tests play: a well-behaved phone and a hostile laptop on the Wi-Fi.
inline const QHostAddress Phone(QStringLiteral("127.0.0.2"));
inline const QHostAddress Attacker(QStringLiteral("127.0.0.3"));
// How soon the phone must be answered whatever came before: generous, for a loaded CI machine.
constexpr int PromptMs = 1000;

// The well-behaved phone reads the state and answers `question` from its own address on new
// connections. What went wrong, or an empty string when it was answered promptly both times.
inline QString wellBehavedPhoneProblem(quint16 port, const QByteArray &token, qint64 question)
{
    QElapsedTimer clock;
    clock.start();
    const HttpResponse state =
        exchange(port, httpRequest("GET", "/api/state", {}, token), 3000, Phone);
    if (state.status != 200)
        return QStringLiteral("the state: status %1").arg(state.status);
    if (clock.elapsed() >= PromptMs)
        return QStringLiteral("the state took %1 ms").arg(clock.elapsed());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("question"), question},
                                  {QStringLiteral("choice"), QStringLiteral("active-ally")}})
            .toJson(QJsonDocument::Compact);
    const HttpResponse answer =
        exchange(port, httpRequest("POST", "/api/answer", body, token), 3000, Phone);
    if (answer.status != 200)
        return QStringLiteral("the answer: status %1").arg(answer.status);
    return {};
}
