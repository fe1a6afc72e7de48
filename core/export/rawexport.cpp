#include "export/rawexport.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <tuple>

QString RawExport::newKey()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int Length = 22;
    QString key(Length, Qt::Uninitialized);
    for (QChar &c : key)
        c = QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return key;
}

RawExport RawExport::of(const SessionData &data)
{
    RawExport raw;
    raw.session = data.session;
    raw.session.createdAt = QDateTime();
    raw.questions = data.questions;
    QHash<qint64, int> questionIndex;
    for (int i = 0; i < raw.questions.size(); ++i) {
        raw.questions[i].askedAt = QDateTime();
        questionIndex.insert(raw.questions.at(i).id, i);
    }
    const auto stageOf = [&](qint64 questionId, const QString &choice) {
        const auto it = questionIndex.constFind(questionId);
        return it == questionIndex.cend() ? QString() : data.questions.at(*it).stageOf(choice);
    };
    // Where a row goes: question as asked, choice as listed (a pass, then unknown keys, after).
    const auto place = [&](qint64 questionId, const QString &choice) {
        const auto it = questionIndex.constFind(questionId);
        const int question = it == questionIndex.cend() ? int(questionIndex.size()) : *it;
        qsizetype rank = 0;
        if (it != questionIndex.cend()) {
            const QList<Choice> &choices = data.questions.at(*it).choices;
            while (rank < choices.size() && choices.at(rank).key != choice)
                ++rank;
            if (rank == choices.size() && choice != SessionKeys::Pass)
                ++rank;
        }
        return std::make_tuple(question, questionId, rank, choice);
    };

    QHash<QString, QString> keys; // device token → this export's key
    QSet<QString> used;
    raw.answers.reserve(data.answers.size());
    for (const Answer &a : data.answers) {
        QString &key = keys[a.token];
        if (key.isEmpty()) {
            do
                key = newKey();
            while (used.contains(key));
            used.insert(key);
        }
        raw.answers.append({a.questionId, key, a.choice, stageOf(a.questionId, a.choice)});
    }
    std::sort(raw.answers.begin(), raw.answers.end(), [&](const RawAnswer &x, const RawAnswer &y) {
        return std::tuple_cat(place(x.questionId, x.choice), std::make_tuple(x.key)) <
               std::tuple_cat(place(y.questionId, y.choice), std::make_tuple(y.key));
    });

    for (const Tally &t : data.tallies) {
        if (t.count > 0)
            raw.tallies.append({t.questionId, t.choice, stageOf(t.questionId, t.choice), t.count});
    }
    std::sort(raw.tallies.begin(), raw.tallies.end(), [&](const RawTally &x, const RawTally &y) {
        return place(x.questionId, x.choice) < place(y.questionId, y.choice);
    });
    return raw;
}
