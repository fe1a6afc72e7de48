// Child process for tst_crashsafety: records answers as fast as the event loop allows and
// prints "recorded TOKEN" for each one, only after the store reported it committed. The
// parent kills this process at a random moment and checks that every printed token is in
// the database.
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <deque>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    SessionStore store;
    QString error;
    if (!store.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    qint64 sessionId = store.sessions().isEmpty() ? 0 : store.sessions().first().id;
    if (sessionId == 0) {
        Session s;
        s.title = QStringLiteral("Crash test");
        s.date = QDate::currentDate();
        sessionId = store.createSession(s, &error);
    }
    SessionModel model(&store);
    if (!model.load(sessionId, &error))
        return 1;
    qint64 questionId = model.questions().isEmpty() ? 0 : model.questions().first().id;
    if (questionId == 0) {
        Question q;
        for (const char *key :
             {"bystander", "passive-supporter", "performative-ally", "active-ally", "advocate"})
            q.choices.append({QLatin1String(key), QLatin1String(key)});
        questionId = *model.addQuestion(q, &error);
    }

    std::deque<std::pair<quint64, QString>> waiting;
    QObject::connect(&store, &SessionStore::committed, [&](quint64 sequence) {
        while (!waiting.empty() && waiting.front().first <= sequence) {
            std::printf("recorded %s\n", qPrintable(waiting.front().second));
            waiting.pop_front();
        }
        std::fflush(stdout);
    });
    const QString prefix = QStringLiteral("p%1-").arg(QCoreApplication::applicationPid());
    const char *stages[] = {"bystander", "passive-supporter", "performative-ally", "active-ally",
                            "advocate"};
    int counter = 0;
    QTimer burst;
    QObject::connect(&burst, &QTimer::timeout, [&] {
        // A small burst each turn, as when several phones answer at once.
        for (int i = 0; i < 1 + counter % 7; ++i) {
            const QString token = prefix + QString::number(++counter);
            const auto r =
                model.recordAnswer(questionId, token, QLatin1String(stages[counter % 5]));
            if (r.ok)
                waiting.emplace_back(r.sequence, token);
        }
    });
    burst.start(1);
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
