#include "export/sessionexport.h"
#include "session/sessionmodel.h"
#include "spectrum.h"
#include "store/sessionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A raw export must not give anyone's answers back (issue 12, item 1). On the hot seat the laptop
// goes round the room in an order everyone saw, so whatever in a raw file follows the order in
// which answers arrived (a time, the order of the rows, a key handed out in turn) puts a name to
// each answer. These tests take the files alone and try each of those ways back to the seats.
class tst_RawExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noTimeOfDay_data();
    void noTimeOfDay();
    void rowOrderSaysNothingOfArrival_data();
    void rowOrderSaysNothingOfArrival();
    void keysAreNewInEveryExport_data();
    void keysAreNewInEveryExport();
    void logsCarryNoAnswersOrCommitments();

private:
    struct Room
    {
        std::unique_ptr<QTemporaryDir> folder;
        std::unique_ptr<SessionStore> store;
        qint64 session = 0;
    };
    // A hot-seat session in a store of its own: the laptop goes round the seats in `order`
    // twice, for the opening self-placement and then for a decision. Seat s always makes the
    // same choices and holds the token "seat-s" (a worst case: the token itself says the seat).
    static Room hotSeat(const QList<int> &order);
    static QByteArray exportRaw(const Room &room, ExportFormat format);
    // The records of an RFC 4180 file (header first).
    static QList<QStringList> parseCsv(const QByteArray &csv);
    // The file with every participant key replaced by "KEY".
    static QByteArray withoutKeys(const QByteArray &file, ExportFormat format);
    // (question, choice, key) of each answer, in file order.
    struct Row
    {
        qint64 question = 0;
        QString choice;
        QString key;
    };
    static QList<Row> answers(const QByteArray &file, ExportFormat format);

    static constexpr int Seats = 8;
    static QString seatStage(int seat);
    static QString seatOption(int seat);
};

namespace {

QString seatToken(int seat)
{
    return QStringLiteral("seat-%1").arg(seat);
}

QString commitmentOf(int seat)
{
    return QStringLiteral("Seat %1 will credit ideas by name").arg(seat);
}

} // namespace

QString tst_RawExport::seatStage(int seat)
{
    // Repeats on purpose: several people in the same group of a question and choice.
    static const int stages[Seats] = {4, 0, 4, 3, 0, 4, 3, 1};
    return seat == 6 ? SessionKeys::Pass : Spectrum::keys().at(stages[seat]);
}

QString tst_RawExport::seatOption(int seat)
{
    return seat % 3 == 0 ? QStringLiteral("name-her") : QStringLiteral("stay-out");
}

void tst_RawExport::initTestCase()
{
    QCOMPARE(Spectrum::keys().size(), 5);
}

tst_RawExport::Room tst_RawExport::hotSeat(const QList<int> &order)
{
    Room room;
    room.folder = std::make_unique<QTemporaryDir>();
    room.store = std::make_unique<SessionStore>();
    QString error;
    if (!room.store->open(room.folder->path(), &error))
        qFatal("%s", qPrintable(error));
    Session s;
    s.title = QStringLiteral("Hot seat, round the room");
    s.date = QDate(2026, 12, 2);
    s.k = 3;
    room.session = room.store->createSession(s, &error);
    SessionModel model(room.store.get());
    if (room.session == 0 || !model.load(room.session, &error))
        qFatal("%s", qPrintable(error));
    Question placement;
    placement.kind = QuestionKind::SelfPlacement;
    placement.prompt = QStringLiteral("Where are you today?");
    for (const QString &key : Spectrum::keys())
        placement.choices.append({key, key});
    Question decision;
    decision.kind = QuestionKind::Decision;
    decision.scenarioId = QStringLiteral("credit-taken");
    decision.sceneId = QStringLiteral("review");
    decision.prompt = QStringLiteral("What do you do?");
    decision.choices = {{QStringLiteral("stay-out"), QStringLiteral("bystander")},
                        {QStringLiteral("name-her"), QStringLiteral("active-ally")}};
    const qint64 first = *model.addQuestion(placement, &error);
    const qint64 second = *model.addQuestion(decision, &error);
    for (const int seat : order) {
        if (!model.recordAnswer(first, seatToken(seat), seatStage(seat)).ok)
            qFatal("answer refused");
    }
    for (const int seat : order) {
        if (!model.recordAnswer(second, seatToken(seat), seatOption(seat)).ok)
            qFatal("answer refused");
        if (!model.addCommitment(commitmentOf(seat), seatToken(seat), &error))
            qFatal("%s", qPrintable(error));
    }
    if (!model.flush())
        qFatal("not written");
    return room;
}

QByteArray tst_RawExport::exportRaw(const Room &room, ExportFormat format)
{
    const std::optional<SessionData> data = SessionExport::load(*room.store, room.session);
    if (!data)
        qFatal("no session");
    ExportInfo info;
    info.content = ExportContent::Raw;
    info.generator = QStringLiteral("upstander test");
    info.exportedAt = QDateTime(QDate(2026, 12, 2), QTime(16, 47, 12, 345), Qt::UTC);
    return SessionExport::bytes(*data, format, info);
}

QList<QStringList> tst_RawExport::parseCsv(const QByteArray &csv)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QByteArray tst_RawExport::withoutKeys(const QByteArray &file, ExportFormat format)
{
    if (format == ExportFormat::Json) {
        QJsonObject doc = QJsonDocument::fromJson(file).object();
        QJsonArray answers = doc.value(QLatin1String("answers")).toArray();
        for (QJsonValueRef a : answers) {
            QJsonObject o = a.toObject();
            o.insert(QStringLiteral("token"), QStringLiteral("KEY"));
            a = o;
        }
        doc.insert(QStringLiteral("answers"), answers);
        return QJsonDocument(doc).toJson();
    }
    QList<QStringList> records = parseCsv(file);
    const qsizetype token = records.value(0).indexOf(QStringLiteral("token"));
    QByteArray out;
    for (QStringList &r : records) {
        if (token >= 0 && r.at(0) == QLatin1String("answer"))
            r[token] = QStringLiteral("KEY");
        out += r.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QList<tst_RawExport::Row> tst_RawExport::answers(const QByteArray &file, ExportFormat format)
{
    QList<Row> rows;
    if (format == ExportFormat::Json) {
        const QJsonObject doc = QJsonDocument::fromJson(file).object();
        for (const QJsonValue &a : doc.value(QLatin1String("answers")).toArray()) {
            rows.append({a[QLatin1String("question")].toInteger(),
                         a[QLatin1String("choice")].toString(),
                         a[QLatin1String("token")].toString()});
        }
        return rows;
    }
    const QList<QStringList> records = parseCsv(file);
    const QStringList header = records.value(0);
    const qsizetype question = header.indexOf(QStringLiteral("question"));
    const qsizetype choice = header.indexOf(QStringLiteral("choice"));
    const qsizetype token = header.indexOf(QStringLiteral("token"));
    for (const QStringList &r : records.mid(1)) {
        if (r.at(0) == QLatin1String("answer"))
            rows.append({r.at(question).toLongLong(), r.at(choice), r.at(token)});
    }
    return rows;
}

void tst_RawExport::noTimeOfDay_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("csv") << false;
    QTest::newRow("json") << true;
}

void tst_RawExport::noTimeOfDay()
{
    // By time: answers a few seconds apart in seat order are the seat order. A raw file holds
    // no time finer than a day: not per answer, not per question, not when the session was
    // created, not when the file was made (the export above was made at 16:47:12.345).
    QFETCH(bool, json);
    const ExportFormat format = json ? ExportFormat::Json : ExportFormat::Csv;
    const Room room = hotSeat({0, 1, 2, 3, 4, 5, 6, 7});
    const QByteArray file = exportRaw(room, format);
    QVERIFY(!answers(file, format).isEmpty());
    static const QRegularExpression clock(
        QStringLiteral("[0-9]{2}-[0-9]{2}T[0-9]|[0-9]{1,2}:[0-9]{2}"));
    const QRegularExpressionMatch found = clock.match(QString::fromUtf8(file));
    QVERIFY2(!found.hasMatch(),
             qPrintable(QStringLiteral("a time of day in the raw file: %1").arg(found.captured())));
    if (format == ExportFormat::Csv) {
        QVERIFY(!parseCsv(file).value(0).contains(QStringLiteral("time")));
    } else {
        const QJsonObject doc = QJsonDocument::fromJson(file).object();
        for (const QJsonValue &a : doc.value(QLatin1String("answers")).toArray())
            QVERIFY(!a.toObject().contains(QLatin1String("time")));
        // The session's date is all the file says of when.
        QCOMPARE(doc[QLatin1String("session")][QLatin1String("date")].toString(),
                 QStringLiteral("2026-12-02"));
    }
}

void tst_RawExport::rowOrderSaysNothingOfArrival_data()
{
    noTimeOfDay_data();
}

void tst_RawExport::rowOrderSaysNothingOfArrival()
{
    // By row order: the same answers arriving round the room one way, the other way and in a
    // jumble give the same file but for the random keys. The order is the canonical one:
    // question (as asked), then choice (as the question lists them, a pass last), then key.
    QFETCH(bool, json);
    const ExportFormat format = json ? ExportFormat::Json : ExportFormat::Csv;
    const QList<QList<int>> orders{
        {0, 1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1, 0}, {3, 0, 6, 1, 7, 4, 2, 5}};
    QByteArray first;
    for (const QList<int> &order : orders) {
        const Room room = hotSeat(order);
        const QByteArray file = exportRaw(room, format);
        const QByteArray shape = withoutKeys(file, format);
        if (first.isEmpty())
            first = shape;
        QCOMPARE(shape, first);

        const std::optional<SessionData> data = SessionExport::load(*room.store, room.session);
        QVERIFY(data);
        const auto rank = [&](const Row &r) {
            for (int q = 0; q < data->questions.size(); ++q) {
                const Question &question = data->questions.at(q);
                if (question.id != r.question)
                    continue;
                qsizetype c = 0;
                while (c < question.choices.size() && question.choices.at(c).key != r.choice)
                    ++c;
                return std::make_tuple(q, c, r.key);
            }
            return std::make_tuple(int(data->questions.size()), qsizetype(0), r.key);
        };
        const QList<Row> rows = answers(file, format);
        QCOMPARE(rows.size(), 2 * Seats);
        for (int i = 1; i < rows.size(); ++i) {
            QVERIFY2(rank(rows.at(i - 1)) < rank(rows.at(i)),
                     qPrintable(QStringLiteral("row %1 (%2, %3) before (%4, %5)")
                                    .arg(i)
                                    .arg(rows.at(i - 1).question)
                                    .arg(rows.at(i - 1).choice)
                                    .arg(rows.at(i).question)
                                    .arg(rows.at(i).choice)));
        }
    }
}

void tst_RawExport::keysAreNewInEveryExport_data()
{
    noTimeOfDay_data();
}

void tst_RawExport::keysAreNewInEveryExport()
{
    // By key: a device's token, or a key kept from one export to the next, would name the seat
    // or join two files. Every export makes new random keys; within one file a person keeps one
    // key, so their answers still line up (which is what raw data is for).
    QFETCH(bool, json);
    const ExportFormat format = json ? ExportFormat::Json : ExportFormat::Csv;
    const Room room = hotSeat({0, 1, 2, 3, 4, 5, 6, 7});
    QSet<QString> seen;
    for (int round = 0; round < 2; ++round) {
        const QByteArray file = exportRaw(room, format);
        for (int seat = 0; seat < Seats; ++seat)
            QVERIFY2(!file.contains(seatToken(seat).toUtf8()), "a device token in the file");
        const QList<Row> rows = answers(file, format);
        QCOMPARE(rows.size(), 2 * Seats);
        QHash<QString, QStringList> byKey;
        for (const Row &r : rows) {
            QVERIFY(r.key.size() >= 16);
            byKey[r.key].append(r.choice);
        }
        QCOMPARE(byKey.size(), Seats);      // one key per person
        QMultiHash<QString, QString> pairs; // what each person chose, in both questions
        for (const QStringList &choices : std::as_const(byKey)) {
            QCOMPARE(choices.size(), 2);
            pairs.insert(choices.at(0), choices.at(1));
        }
        QMultiHash<QString, QString> expected;
        for (int seat = 0; seat < Seats; ++seat)
            expected.insert(seatStage(seat), seatOption(seat));
        QCOMPARE(pairs, expected);
        const QSet<QString> keys(byKey.keyBegin(), byKey.keyEnd());
        QVERIFY2(!keys.intersects(seen), "two exports of the session share a key");
        seen.unite(keys);
    }
    QCOMPARE(seen.size(), 2 * Seats);
}

namespace {
QStringList gLog;
void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    gLog.append(message);
}
} // namespace

void tst_RawExport::logsCarryNoAnswersOrCommitments()
{
    // Whatever the program logs, with every category switched on, while a hot seat records
    // answers and commitments and while they are exported, names no token and no commitment.
    gLog.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    {
        const Room room = hotSeat({0, 1, 2, 3, 4, 5, 6, 7});
        exportRaw(room, ExportFormat::Csv);
        exportRaw(room, ExportFormat::Json);
        ExportInfo info;
        const std::optional<SessionData> data = SessionExport::load(*room.store, room.session);
        QVERIFY(data);
        SessionExport::bytes(*data, ExportFormat::Csv, info);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    for (const QString &line : std::as_const(gLog)) {
        for (int seat = 0; seat < Seats; ++seat) {
            QVERIFY2(!line.contains(seatToken(seat)), qPrintable(line));
            QVERIFY2(!line.contains(commitmentOf(seat)), qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(tst_RawExport)
#include "tst_rawexport.moc"
