#include "export/csvexport.h"
#include "export/exportstatistic.h"
#include "export/jsonexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

// The export builders on in-memory sessions: columns, rows, the k rule, raw records, JSON shape.
class tst_SessionExport : public QObject
{
    Q_OBJECT

private slots:
    void kBoundary_data();
    void kBoundary();
    void aggregateCsvRows();
    void suppressedStatisticsCarryNoNumbers();
    void commitmentsOnlyFromKPeople_data();
    void commitmentsOnlyFromKPeople();
    void rawCsvRows();
    void rawJson();
    void statisticsListedByQuestions();
    void values_data();
    void values();

private:
    // Baseline answers from `baseline` people, after answers from 2, a decision answered by 5
    // plus a tally of 3, and `commitments` commitments from as many people.
    static SessionData session(int baseline, int commitments = 0);
    static QStringList lines(const QByteArray &csv);
    static QJsonObject json(const SessionData &data, ExportContent content);
};

SessionData tst_SessionExport::session(int baseline, int commitments)
{
    SessionData d;
    d.session.id = 7;
    d.session.title = QStringLiteral("Team \"leads\", spring");
    d.session.date = QDate(2026, 3, 2);
    d.session.k = 5;
    Question self;
    self.kind = QuestionKind::SelfPlacement;
    for (const QString &key : Spectrum::keys())
        self.choices.append({key, key});
    Question q1 = self;
    q1.id = 1;
    Question q2 = self;
    q2.id = 2;
    q2.phase = Phase::After;
    Question q3;
    q3.id = 3;
    q3.kind = QuestionKind::Decision;
    q3.scenarioId = QStringLiteral("credit-taken");
    q3.sceneId = QStringLiteral("review");
    q3.prompt = QStringLiteral("What, now?");
    q3.choices = {{QStringLiteral("stay-out"), QStringLiteral("bystander")},
                  {QStringLiteral("name-her"), QStringLiteral("active-ally")}};
    d.questions = {q1, q2, q3};
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    qint64 id = 0;
    const auto answer = [&](qint64 question, int person, const QString &choice) {
        d.answers.append(
            {++id, question, QStringLiteral("t%1").arg(person), choice, t0.addMSecs(id * 1500)});
    };
    for (int p = 0; p < baseline; ++p)
        answer(1, p, Spectrum::keys().at(p % 2 ? 3 : 0)); // bystander, active ally, …
    answer(2, 0, QStringLiteral("advocate"));
    answer(2, 1, SessionKeys::Pass);
    for (int p = 0; p < 5; ++p)
        answer(3, p, p < 2 ? QStringLiteral("stay-out") : QStringLiteral("name-her"));
    d.tallies = {{3, QStringLiteral("stay-out"), 3}, {3, QStringLiteral("name-her"), 0}};
    for (int c = 0; c < commitments; ++c)
        d.commitments.append({c + 1, 7, QStringLiteral("t%1").arg(c),
                              QStringLiteral("Commitment %1, \"quoted\"\nsecond line").arg(c), t0});
    return d;
}

QStringList tst_SessionExport::lines(const QByteArray &csv)
{
    // Only for data without line breaks inside fields.
    QStringList list = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}

QJsonObject tst_SessionExport::json(const SessionData &data, ExportContent content)
{
    ExportInfo info;
    info.content = content;
    info.generator = QStringLiteral("test");
    info.exportedAt = QDateTime(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(JsonExport::bytes(data, info), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("invalid JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

void tst_SessionExport::kBoundary_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<bool>("shown");
    QTest::newRow("k-1") << 4 << false;
    QTest::newRow("k") << 5 << true;
    QTest::newRow("k+1") << 6 << true;
}

void tst_SessionExport::kBoundary()
{
    QFETCH(int, people);
    QFETCH(bool, shown);
    const SessionData data = session(people);
    const QStringList rows =
        lines(CsvExport::aggregate(data)).filter(QStringLiteral("7,distribution,baseline,"));
    if (shown) {
        QCOMPARE(rows.size(), 14); // 5 counts, 5 shares, total, passes, median, mean
        QVERIFY(
            rows.contains(QStringLiteral("7,distribution,baseline,,,,,total,,,%1").arg(people)));
    } else {
        QCOMPARE(rows, QStringList{QStringLiteral("7,distribution,baseline,,,,,,,,suppressed")});
    }
    const QJsonArray statistics =
        json(data, ExportContent::Aggregate)[QLatin1String("statistics")].toArray();
    const QJsonObject baseline = statistics.at(0).toObject();
    QCOMPARE(baseline[QLatin1String("phase")].toString(), QStringLiteral("baseline"));
    QCOMPARE(baseline[QLatin1String("status")].toString(),
             shown ? QStringLiteral("shown") : QStringLiteral("suppressed"));
    QCOMPARE(baseline.contains(QLatin1String("values")), shown);
    if (shown) {
        QCOMPARE(baseline[QLatin1String("values")][QLatin1String("total")].toInt(), people);
        QCOMPARE(
            baseline[QLatin1String("values")][QLatin1String("counts")][QLatin1String("bystander")]
                .toInt(),
            (people + 1) / 2);
    }
}

void tst_SessionExport::aggregateCsvRows()
{
    const QStringList rows = lines(CsvExport::aggregate(session(6)));
    QCOMPARE(rows.at(0), QStringLiteral("session,statistic,phase,question,scenario,scene,prompt,"
                                        "measure,stage,choice,value"));
    QCOMPARE(rows.mid(1, 5),
             (QStringList{QStringLiteral("7,session,,,,,,title,,,\"Team \"\"leads\"\", spring\""),
                          QStringLiteral("7,session,,,,,,date,,,2026-03-02"),
                          QStringLiteral("7,session,,,,,,cohort,,,"),
                          QStringLiteral("7,session,,,,,,language,,,en"),
                          QStringLiteral("7,session,,,,,,k,,,5")}));
    QVERIFY(
        rows.contains(QStringLiteral("7,distribution,baseline,,,,,counts.bystander,bystander,,3")));
    QVERIFY(rows.contains(
        QStringLiteral("7,distribution,baseline,,,,,shares.active-ally,active-ally,,0.5")));
    QVERIFY(rows.contains(QStringLiteral("7,distribution,baseline,,,,,median,,,2.5")));
    // The decision: 3 + 2 answers to "name-her"/"stay-out", plus a tally of 3 for "stay-out".
    QVERIFY(rows.contains(QStringLiteral("7,decision,baseline,3,credit-taken,review,\"What, "
                                         "now?\",options.stay-out,bystander,stay-out,5")));
    QVERIFY(rows.contains(QStringLiteral("7,decision,baseline,3,credit-taken,review,\"What, "
                                         "now?\",options.name-her,active-ally,name-her,3")));
    QVERIFY(rows.contains(
        QStringLiteral("7,decision,baseline,3,credit-taken,review,\"What, now?\",total,,,8")));
    // Every row has the same identity columns as its statistic; nothing is left unquoted.
    for (const QString &row : rows)
        QVERIFY2(row.startsWith(QLatin1String("7,")) || row.startsWith(QLatin1String("session,")),
                 qPrintable(row));
}

void tst_SessionExport::suppressedStatisticsCarryNoNumbers()
{
    // After: 1 placement and 1 pass; transitions: 1 pair; commitments: none. All below k = 5.
    const SessionData data = session(6);
    const QStringList rows = lines(CsvExport::aggregate(data));
    QCOMPARE(rows.filter(QStringLiteral("7,distribution,after,")),
             QStringList{QStringLiteral("7,distribution,after,,,,,,,,suppressed")});
    QCOMPARE(rows.filter(QStringLiteral("7,transitions,after,")),
             QStringList{QStringLiteral("7,transitions,after,,,,,,,,suppressed")});
    QCOMPARE(rows.filter(QStringLiteral("7,commitments,")),
             QStringList{QStringLiteral("7,commitments,,,,,,,,,suppressed")});
    for (const QJsonValue &v :
         json(data, ExportContent::Aggregate)[QLatin1String("statistics")].toArray()) {
        const QJsonObject o = v.toObject();
        if (o[QLatin1String("status")].toString() != QLatin1String("suppressed"))
            continue;
        QStringList keys = o.keys();
        keys.removeOne(QStringLiteral("phase"));
        keys.removeOne(QStringLiteral("from"));
        QCOMPARE(keys, (QStringList{QStringLiteral("k"), QStringLiteral("statistic"),
                                    QStringLiteral("status")}));
        QCOMPARE(o[QLatin1String("k")].toInt(), 5);
    }
}

void tst_SessionExport::commitmentsOnlyFromKPeople_data()
{
    QTest::addColumn<int>("writers");
    QTest::addColumn<bool>("shown");
    QTest::newRow("k-1") << 4 << false;
    QTest::newRow("k") << 5 << true;
}

void tst_SessionExport::commitmentsOnlyFromKPeople()
{
    QFETCH(int, writers);
    QFETCH(bool, shown);
    const SessionData data = session(6, writers);
    const QByteArray csv = CsvExport::aggregate(data);
    const QByteArray json =
        QJsonDocument(tst_SessionExport::json(data, ExportContent::Aggregate)).toJson();
    QCOMPARE(csv.contains("Commitment 0"), shown);
    QCOMPARE(json.contains("Commitment 0"), shown);
    if (shown) {
        QVERIFY(csv.contains("7,commitments,,,,,,commitments.1,,,\"Commitment 0, \"\"quoted\"\"\n"
                             "second line\"\r\n"));
    }
    // Raw exports never carry commitments, whatever their number.
    QVERIFY(!CsvExport::raw(data).contains("Commitment"));
    QVERIFY(!QJsonDocument(tst_SessionExport::json(data, ExportContent::Raw))
                 .toJson()
                 .contains("Commitment"));
}

void tst_SessionExport::rawCsvRows()
{
    // In the canonical order (question, choice as listed with a pass last, key), with a key
    // made for this export in place of each token, and no times.
    const QStringList rows = lines(CsvExport::raw(session(2)));
    QCOMPARE(rows.at(0), QStringLiteral("record,session,question,kind,phase,scenario,scene,token,"
                                        "choice,stage,count"));
    QStringList keys;
    QStringList shapes;
    for (const QString &row : rows.mid(1)) {
        QStringList fields = row.split(QLatin1Char(','));
        if (fields.at(0) == QLatin1String("answer")) {
            keys.append(fields.at(7));
            fields[7] = QStringLiteral("KEY");
        }
        shapes.append(fields.join(QLatin1Char(',')));
    }
    const QString decision =
        QStringLiteral("answer,7,3,decision,baseline,credit-taken,review,KEY,");
    QCOMPARE(
        shapes,
        (QStringList{
            QStringLiteral("answer,7,1,self-placement,baseline,,,KEY,bystander,bystander,"),
            QStringLiteral("answer,7,1,self-placement,baseline,,,KEY,active-ally,active-ally,"),
            QStringLiteral("answer,7,2,self-placement,after,,,KEY,advocate,advocate,"),
            QStringLiteral("answer,7,2,self-placement,after,,,KEY,pass,,"),
            decision + QStringLiteral("stay-out,bystander,"),
            decision + QStringLiteral("stay-out,bystander,"),
            decision + QStringLiteral("name-her,active-ally,"),
            decision + QStringLiteral("name-her,active-ally,"),
            decision + QStringLiteral("name-her,active-ally,"),
            // The zero tally is left out.
            QStringLiteral("tally,7,3,decision,baseline,credit-taken,review,,stay-out,"
                           "bystander,3")}));
    // One key per person: t0 placed bystander then advocate, t1 active-ally then pass, and
    // both chose stay-out.
    QCOMPARE(keys.at(2), keys.at(0));
    QCOMPARE(keys.at(3), keys.at(1));
    QCOMPARE(QSet<QString>(keys.begin() + 4, keys.begin() + 6),
             (QSet<QString>{keys.at(0), keys.at(1)}));
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 5);
    for (const QString &key : std::as_const(keys))
        QVERIFY2(key.size() == 22, qPrintable(key)); // not the tokens "t0" … "t4"
}

void tst_SessionExport::rawJson()
{
    const QJsonObject doc = json(session(2), ExportContent::Raw);
    QCOMPARE(doc[QLatin1String("format")].toString(), QStringLiteral("upstander-export/2"));
    QCOMPARE(doc[QLatin1String("content")].toString(), QStringLiteral("raw"));
    QVERIFY(!doc.contains(QLatin1String("statistics")));
    QCOMPARE(doc[QLatin1String("session")][QLatin1String("cohort")].type(), QJsonValue::Null);
    // Only the day: of the export, of the session; no time it was created or asked.
    QCOMPARE(doc[QLatin1String("exportedAt")].toString(), QStringLiteral("2026-03-03"));
    QCOMPARE(doc[QLatin1String("session")][QLatin1String("date")].toString(),
             QStringLiteral("2026-03-02"));
    QVERIFY(!doc[QLatin1String("session")].toObject().contains(QLatin1String("createdAt")));
    const QJsonArray questions = doc[QLatin1String("questions")].toArray();
    QCOMPARE(questions.size(), 3);
    for (const QJsonValue &q : questions)
        QVERIFY(!q.toObject().contains(QLatin1String("askedAt")));
    const QJsonArray answers = doc[QLatin1String("answers")].toArray();
    QCOMPARE(answers.size(), 9);
    const QJsonObject pass = answers.at(3).toObject();
    QCOMPARE(pass[QLatin1String("choice")].toString(), QStringLiteral("pass"));
    QCOMPARE(pass[QLatin1String("stage")].type(), QJsonValue::Null);
    // t1's key: the same as on their first answer, active ally.
    QCOMPARE(answers.at(1)[QLatin1String("choice")].toString(), QStringLiteral("active-ally"));
    QCOMPARE(pass[QLatin1String("token")].toString(),
             answers.at(1)[QLatin1String("token")].toString());
    QVERIFY(pass[QLatin1String("token")].toString() != QLatin1String("t1"));
    for (const QJsonValue &a : answers)
        QVERIFY(!a.toObject().contains(QLatin1String("time")));
    const QJsonArray tallies = doc[QLatin1String("tallies")].toArray();
    QCOMPARE(tallies.size(), 1);
    QCOMPARE(tallies.at(0)[QLatin1String("count")].toInt(), 3);
    QCOMPARE(doc[QLatin1String("stages")].toArray().size(), 5);
    // The aggregate keeps its exact times.
    const QJsonObject aggregate = json(session(2), ExportContent::Aggregate);
    QCOMPARE(aggregate[QLatin1String("exportedAt")].toString(),
             QStringLiteral("2026-03-03T12:00:00.000Z"));
}

void tst_SessionExport::statisticsListedByQuestions()
{
    SessionData data = session(6);
    QStringList names;
    for (const ExportStatistic &e : ExportStatistic::collect(data))
        names.append(e.statistic + QLatin1Char('/') + e.phase);
    QCOMPARE(names, (QStringList{
                        QStringLiteral("distribution/baseline"),
                        QStringLiteral("distribution/after"), QStringLiteral("transitions/after"),
                        QStringLiteral("perception-gap/baseline"), QStringLiteral("chosen-stages/"),
                        QStringLiteral("decision/baseline"), QStringLiteral("commitments/")}));
    // Without decisions and an after question, only what can be built is listed.
    data.questions = {data.questions.first()};
    names.clear();
    for (const ExportStatistic &e : ExportStatistic::collect(data))
        names.append(e.statistic);
    QCOMPARE(names, (QStringList{QStringLiteral("distribution"), QStringLiteral("commitments")}));
}

void tst_SessionExport::values_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("int") << QVariant(12) << QStringLiteral("12");
    QTest::newRow("zero share") << QVariant(0.0) << QStringLiteral("0");
    QTest::newRow("half") << QVariant(0.5) << QStringLiteral("0.5");
    QTest::newRow("whole double") << QVariant(4.0) << QStringLiteral("4");
    QTest::newRow("third") << QVariant(1.0 / 3) << QStringLiteral("0.3333333333333333");
    QTest::newRow("negative") << QVariant(-0.25) << QStringLiteral("-0.25");
    QTest::newRow("text") << QVariant(QStringLiteral("a, b")) << QStringLiteral("a, b");
}

void tst_SessionExport::values()
{
    QFETCH(QVariant, value);
    QFETCH(QString, written);
    QCOMPARE(CsvExport::value(value), written);
    // Reads back to the same number.
    if (value.typeId() == QMetaType::Double)
        QCOMPARE(written.toDouble(), value.toDouble());
}

QTEST_GUILESS_MAIN(tst_SessionExport)
#include "tst_sessionexport.moc"
