#include "store/sessionstore.h"

#include "store/storeschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(SessionStore)
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; the columns hold '' for "none".
QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDateTime fromIso(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString choicesJson(const QList<Choice> &choices)
{
    QJsonArray array;
    for (const Choice &c : choices) {
        QJsonObject object{{QStringLiteral("key"), c.key}, {QStringLiteral("stage"), c.stage}};
        if (!c.label.isEmpty())
            object.insert(QStringLiteral("label"), c.label);
        if (!c.why.isEmpty())
            object.insert(QStringLiteral("why"), c.why);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Choice> choicesFromJson(const QString &json)
{
    QList<Choice> choices;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        choices.append({v[QLatin1String("key")].toString(), v[QLatin1String("stage")].toString(),
                        v[QLatin1String("label")].toString(), v[QLatin1String("why")].toString()});
    return choices;
}

QString labelsJson(const QHash<QString, QString> &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> labelsFromJson(const QString &json)
{
    QHash<QString, QString> labels;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

// The first bytes of every SQLite 3 database file.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header.size() == 0 || header == QByteArray("SQLite format 3\0", 16);
}

Session sessionFrom(const QSqlQuery &q)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.cohort = q.value(3).toString();
    s.language = q.value(4).toString();
    s.k = q.value(5).toInt();
    s.createdAt = fromIso(q.value(6));
    s.stageLabels = labelsFromJson(q.value(7).toString());
    s.trainer = q.value(8).toString();
    s.agenda = q.value(9).toString();
    s.agreements = q.value(10).toString();
    s.followUp = q.value(11).toInt() != 0;
    return s;
}

// Runs a SELECT with one bound key and turns each row into a value.
template <typename Row>
auto selectAll(const QSqlDatabase &db, const QString &sql, const QVariant &key, Row row)
{
    QList<decltype(row(std::declval<const QSqlQuery &>()))> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(key);
    q.exec();
    while (q.next())
        result.append(row(q));
    return result;
}

// A session's settings in the order both the INSERT and the UPDATE name them.
void bindSettings(QSqlQuery &q, const Session &s)
{
    q.addBindValue(nn(s.title));
    q.addBindValue(s.date.toString(Qt::ISODate));
    q.addBindValue(nn(s.cohort));
    q.addBindValue(nn(s.language));
    q.addBindValue(s.k);
    q.addBindValue(labelsJson(s.stageLabels));
    q.addBindValue(nn(s.trainer));
    q.addBindValue(nn(s.agenda));
    q.addBindValue(nn(s.agreements));
}

QString stepKey(SessionPosition::Step step)
{
    switch (step) {
    case SessionPosition::Step::Debrief:
        return QStringLiteral("debrief");
    case SessionPosition::Step::Finished:
        return QStringLiteral("finished");
    case SessionPosition::Step::Scene:
        break;
    }
    return QStringLiteral("scene");
}

const char *const sessionColumns =
    "id, title, date, cohort, language, k, created_at, stage_labels, trainer, agenda, "
    "agreements, follow_up FROM sessions";

} // namespace

struct SessionStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : putAnswer(db), removeAnswer(db), putTally(db), putCommitment(db), removeCommitment(db),
          putSitOut(db), removeSitOut(db), putRoomQuestion(db), putPosition(db)
    {
    }
    QSqlQuery putAnswer;
    QSqlQuery removeAnswer;
    QSqlQuery putTally;
    QSqlQuery putCommitment;
    QSqlQuery removeCommitment;
    QSqlQuery putSitOut;
    QSqlQuery removeSitOut;
    QSqlQuery putRoomQuestion;
    QSqlQuery putPosition;
};

SessionStore::SessionStore(QObject *parent) : Store(parent) {}

SessionStore::~SessionStore()
{
    close();
}

QString SessionStore::fileName()
{
    return QStringLiteral("upstander.sqlite");
}

QString SessionStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool SessionStore::open(const QString &folder, QString *error)
{
    close();
    const QFileInfo dir(folder);
    if (!QDir().mkpath(folder) || !dir.isDir()) {
        *error = StoreText::tr("The data folder %1 cannot be created.").arg(folder);
        return false;
    }
    const QString path = QDir(folder).filePath(fileName());
    const QFileInfo file(path);
    // SQLite needs to create its journal beside the file, so the folder must be writable too.
    if (!QFileInfo(dir.absoluteFilePath()).isWritable() || (file.exists() && !file.isWritable())) {
        *error = StoreText::tr("The data folder %1 is read-only. Upstander keeps every answer "
                               "there and will not run without saving them; choose another "
                               "folder with --data-dir.")
                     .arg(folder);
        return false;
    }
    if (file.exists() && !looksLikeSqlite(path)) {
        *error = StoreText::tr("%1 is not an Upstander database (it may be damaged). It was left "
                               "unchanged; move it aside to start a new one.")
                     .arg(path);
        return false;
    }

    mConnection =
        QStringLiteral("upstander-store-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    mDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mConnection);
    mDb.setDatabaseName(path);
    mDb.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!mDb.open()) {
        *error =
            StoreText::tr("The database %1 cannot be opened: %2").arg(path, mDb.lastError().text());
        close();
        return false;
    }
    QSqlQuery q(mDb);
    // quick_check reads the whole file: a damaged database is found now, not mid-workshop.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok")) {
        *error =
            StoreText::tr("The database %1 is damaged (%2). It was left unchanged; move it "
                          "aside to start a new one.")
                .arg(path, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
        close();
        return false;
    }
    q.finish(); // an unfinished statement would lock the tables the upgrade alters
    if (!StoreSchema::upgrade(mDb, error)) {
        *error = StoreText::tr("%1: %2").arg(path, *error);
        close();
        return false;
    }
    // WAL: a crash never corrupts the file and readers never block the writer. FULL: each
    // commit is on disk before it is reported. secure_delete: deleted sessions leave no trace.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = StoreText::tr("The database %1 cannot be set up: %2")
                         .arg(path, q.lastError().text());
            close();
            return false;
        }
    }
    if (!prepareWrites(error)) {
        close();
        return false;
    }
    mPath = path;
    return true;
}

bool SessionStore::prepareWrites(QString *error)
{
    mStatements = std::make_unique<Statements>(mDb);
    Statements &s = *mStatements;
    const bool ok =
        s.putAnswer.prepare(QStringLiteral(
            "INSERT INTO answers (question_id, token, choice, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (question_id, token) DO UPDATE SET choice = excluded.choice, at = "
            "excluded.at")) &&
        s.removeAnswer.prepare(
            QStringLiteral("DELETE FROM answers WHERE question_id = ? AND token = ?")) &&
        s.putTally.prepare(QStringLiteral(
            "INSERT INTO tallies (question_id, choice, count) VALUES (?, ?, ?) "
            "ON CONFLICT (question_id, choice) DO UPDATE SET count = excluded.count")) &&
        s.putCommitment.prepare(QStringLiteral(
            "INSERT INTO commitments (session_id, token, text, at) VALUES (?, ?, ?, ?)")) &&
        // By its id, or, before the model has heard it, by what it holds.
        s.removeCommitment.prepare(QStringLiteral(
            "DELETE FROM commitments WHERE id = (SELECT id FROM commitments WHERE id = ? OR "
            "(? = 0 AND session_id = ? AND token = ? AND text = ? AND at = ?) LIMIT 1)")) &&
        s.putSitOut.prepare(
            QStringLiteral("INSERT INTO sit_outs (session_id, scenario_id, token) VALUES (?, ?, ?) "
                           "ON CONFLICT DO NOTHING")) &&
        s.removeSitOut.prepare(QStringLiteral(
            "DELETE FROM sit_outs WHERE session_id = ? AND scenario_id = ? AND token = ?")) &&
        // A question's text and place never change; only where it stands.
        s.putRoomQuestion.prepare(QStringLiteral(
            "INSERT INTO room_questions (key, session_id, position, text, state) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET state = excluded.state")) &&
        s.putPosition.prepare(QStringLiteral(
            "INSERT INTO session_positions (session_id, scenario_id, path, step, question_id, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET "
            "scenario_id = excluded.scenario_id, path = excluded.path, step = excluded.step, "
            "question_id = excluded.question_id, updated_at = excluded.updated_at"));
    if (!ok)
        *error = mDb.lastError().text();
    return ok;
}

void SessionStore::close()
{
    if (mDb.isOpen()) {
        flush();
        mStatements.reset();
        mDb.close();
    }
    mDb = QSqlDatabase();
    if (!mConnection.isEmpty())
        QSqlDatabase::removeDatabase(mConnection);
    mConnection.clear();
    mPath.clear();
}

QList<SessionSummary> SessionStore::sessions() const
{
    QList<SessionSummary> result;
    QSqlQuery q(mDb);
    q.exec(
        QStringLiteral("SELECT s.id, s.date, s.title, s.cohort,"
                       " (SELECT count(*) FROM answers a JOIN questions qu ON a.question_id = qu.id"
                       "  WHERE qu.session_id = s.id)"
                       " + (SELECT coalesce(sum(t.count), 0) FROM tallies t"
                       "  JOIN questions qu ON t.question_id = qu.id WHERE qu.session_id = s.id)"
                       " FROM sessions s ORDER BY s.date DESC, s.id DESC"));
    while (q.next()) {
        result.append({q.value(0).toLongLong(),
                       QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toInt()});
    }
    return result;
}

std::optional<Session> SessionStore::session(qint64 id) const
{
    QSqlQuery q(mDb);
    q.prepare(QStringLiteral("SELECT %1 WHERE id = ?").arg(QLatin1String(sessionColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Session s = sessionFrom(q);
    s.replays = selectAll(
        mDb,
        QStringLiteral("SELECT scenario_id, scene_id, prompt FROM "
                       "session_replays WHERE session_id = ? ORDER BY position"),
        id, [](const QSqlQuery &r) {
            return Replay{r.value(0).toString(), r.value(1).toString(), r.value(2).toString()};
        });
    return s;
}

QList<Session> SessionStore::cohortSessions(const QString &cohort) const
{
    return selectAll(mDb,
                     QStringLiteral("SELECT %1 WHERE cohort = ? ORDER BY date, id")
                         .arg(QLatin1String(sessionColumns)),
                     cohort, sessionFrom);
}

QStringList SessionStore::cohorts() const
{
    QStringList result;
    QSqlQuery q(mDb);
    q.exec(QStringLiteral("SELECT DISTINCT cohort FROM sessions WHERE cohort IS NOT NULL"
                          " AND cohort <> '' ORDER BY cohort COLLATE NOCASE, cohort"));
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QList<Question> SessionStore::questions(qint64 sessionId) const
{
    return selectAll(
        mDb,
        QStringLiteral("SELECT id, session_id, kind, phase, scenario_id, scene_id, prompt, "
                       "choices, position, open, revealed, asked_at, group_choice FROM questions "
                       "WHERE session_id = ? ORDER BY position, id"),
        sessionId, [](const QSqlQuery &q) {
            Question question;
            question.id = q.value(0).toLongLong();
            question.sessionId = q.value(1).toLongLong();
            question.kind = SessionKeys::kindFromKey(q.value(2).toString())
                                .value_or(QuestionKind::SelfPlacement);
            question.phase =
                SessionKeys::phaseFromKey(q.value(3).toString()).value_or(Phase::Baseline);
            question.scenarioId = q.value(4).toString();
            question.sceneId = q.value(5).toString();
            question.prompt = q.value(6).toString();
            question.choices = choicesFromJson(q.value(7).toString());
            question.position = q.value(8).toInt();
            question.open = q.value(9).toBool();
            question.revealed = q.value(10).toBool();
            question.askedAt = fromIso(q.value(11));
            question.groupChoice = q.value(12).toString();
            return question;
        });
}

QList<Answer> SessionStore::answers(qint64 sessionId) const
{
    return selectAll(
        mDb,
        QStringLiteral("SELECT a.id, a.question_id, a.token, a.choice, a.at FROM answers a "
                       "JOIN questions qu ON a.question_id = qu.id "
                       "WHERE qu.session_id = ? ORDER BY a.id"),
        sessionId, [](const QSqlQuery &q) {
            return Answer{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), fromIso(q.value(4))};
        });
}

QList<Tally> SessionStore::tallies(qint64 sessionId) const
{
    return selectAll(
        mDb,
        QStringLiteral("SELECT t.question_id, t.choice, t.count FROM tallies t "
                       "JOIN questions qu ON t.question_id = qu.id "
                       "WHERE qu.session_id = ? ORDER BY t.question_id, t.choice"),
        sessionId, [](const QSqlQuery &q) {
            return Tally{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
        });
}

QList<Commitment> SessionStore::commitments(qint64 sessionId) const
{
    return selectAll(mDb,
                     QStringLiteral("SELECT id, session_id, token, text, at FROM commitments "
                                    "WHERE session_id = ? ORDER BY id"),
                     sessionId, [](const QSqlQuery &q) {
                         return Commitment{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                           q.value(2).toString(), q.value(3).toString(),
                                           fromIso(q.value(4))};
                     });
}

QList<RoomQuestion> SessionStore::roomQuestions(qint64 sessionId) const
{
    return selectAll(mDb,
                     QStringLiteral("SELECT key, session_id, position, text, state FROM "
                                    "room_questions WHERE session_id = ? ORDER BY position, key"),
                     sessionId, [](const QSqlQuery &q) {
                         RoomQuestion r;
                         r.key = q.value(0).toString();
                         r.sessionId = q.value(1).toLongLong();
                         r.position = q.value(2).toInt();
                         r.text = q.value(3).toString();
                         r.state = SessionKeys::roomQuestionStateFromKey(q.value(4).toString())
                                       .value_or(RoomQuestionState::Held);
                         return r;
                     });
}

QList<SitOut> SessionStore::sitOuts(qint64 sessionId) const
{
    return selectAll(
        mDb,
        QStringLiteral("SELECT session_id, scenario_id, token FROM sit_outs "
                       "WHERE session_id = ? ORDER BY scenario_id, token"),
        sessionId, [](const QSqlQuery &q) {
            return SitOut{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        });
}

qint64 SessionStore::createSession(const Session &s, QString *error)
{
    if (!flush()) {
        *error = StoreText::tr("Earlier answers are not saved yet; try again.");
        return 0;
    }
    // The session and the decisions it replays, together or not at all.
    if (!mDb.transaction()) {
        *error = mDb.lastError().text();
        return 0;
    }
    QSqlQuery q(mDb);
    q.prepare(QStringLiteral("INSERT INTO sessions (title, date, cohort, language, k, "
                             "stage_labels, trainer, agenda, agreements, created_at, follow_up) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindSettings(q, s);
    q.addBindValue(iso(s.createdAt.isValid() ? s.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(s.followUp ? 1 : 0);
    const bool inserted = q.exec() && q.next();
    const qint64 id = inserted ? q.value(0).toLongLong() : 0;
    QString failure = inserted ? QString() : q.lastError().text();
    q.finish();
    for (int i = 0; failure.isEmpty() && i < s.replays.size(); ++i) {
        const Replay &r = s.replays.at(i);
        q.prepare(QStringLiteral("INSERT INTO session_replays (session_id, position, scenario_id, "
                                 "scene_id, prompt) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(i);
        q.addBindValue(nn(r.scenarioId));
        q.addBindValue(nn(r.sceneId));
        q.addBindValue(nn(r.prompt));
        if (!q.exec())
            failure = q.lastError().text();
    }
    if (!failure.isEmpty() || !mDb.commit()) {
        *error = failure.isEmpty() ? mDb.lastError().text() : failure;
        mDb.rollback();
        return 0;
    }
    return id;
}

bool SessionStore::updateSession(const Session &s, QString *error)
{
    QSqlQuery q(mDb);
    q.prepare(QStringLiteral("UPDATE sessions SET title = ?, date = ?, cohort = ?, language = ?, "
                             "k = ?, stage_labels = ?, trainer = ?, agenda = ?, agreements = ? "
                             "WHERE id = ?"));
    bindSettings(q, s);
    q.addBindValue(s.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().isValid() ? q.lastError().text()
                                         : StoreText::tr("There is no session %1.").arg(s.id);
        return false;
    }
    return true;
}

bool SessionStore::deleteSession(qint64 id, QString *error)
{
    flush();
    QSqlQuery q(mDb);
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().isValid() ? q.lastError().text()
                                         : StoreText::tr("There is no session %1.").arg(id);
        return false;
    }
    // Move the deleted pages out of the write-ahead log as well.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

QList<QPair<QString, QString>> SessionStore::sessionTables()
{
    // Each with the condition that picks a session's rows (? is the session's id); in the
    // order rows are put back: a row comes after the rows it refers to.
    const QString ofQuestions =
        QStringLiteral("question_id IN (SELECT id FROM questions WHERE session_id = ?)");
    return {{QStringLiteral("sessions"), QStringLiteral("id = ?")},
            {QStringLiteral("questions"), QStringLiteral("session_id = ?")},
            {QStringLiteral("answers"), ofQuestions},
            {QStringLiteral("tallies"), ofQuestions},
            {QStringLiteral("commitments"), QStringLiteral("session_id = ?")},
            {QStringLiteral("participant_access"), QStringLiteral("session_id = ?")},
            {QStringLiteral("session_scenarios"), QStringLiteral("session_id = ?")},
            {QStringLiteral("session_positions"), QStringLiteral("session_id = ?")},
            {QStringLiteral("sit_outs"), QStringLiteral("session_id = ?")},
            {QStringLiteral("session_replays"), QStringLiteral("session_id = ?")},
            {QStringLiteral("room_questions"), QStringLiteral("session_id = ?")}};
}

std::optional<Store::TakenSession> SessionStore::takeSession(qint64 id, QString *error)
{
    const std::optional<Session> session = this->session(id);
    if (!session) {
        *error = StoreText::tr("There is no session %1.").arg(id);
        return std::nullopt;
    }
    if (!flush()) {
        *error = StoreText::tr("Earlier answers are not saved yet; try again.");
        return std::nullopt;
    }
    // What is read and what is deleted are the same rows: one transaction.
    if (!mDb.transaction()) {
        *error = mDb.lastError().text();
        return std::nullopt;
    }
    TakenSession taken;
    taken.sessionId = id;
    taken.title = session->title;
    for (const auto &[table, where] : sessionTables()) {
        QSqlQuery q(mDb);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where));
        q.addBindValue(id);
        if (!q.exec()) {
            *error = q.lastError().text();
            mDb.rollback();
            return std::nullopt;
        }
        TakenSession::Rows rows;
        rows.table = table;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            rows.columns.append(record.fieldName(i));
        while (q.next()) {
            QVariantList values;
            for (int i = 0; i < record.count(); ++i)
                values.append(q.value(i));
            rows.values.append(values);
        }
        taken.tables.append(rows);
    }
    QSqlQuery remove(mDb);
    remove.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    remove.addBindValue(id);
    if (!remove.exec() || remove.numRowsAffected() != 1 || !mDb.commit()) {
        *error = remove.lastError().isValid() ? remove.lastError().text() : mDb.lastError().text();
        mDb.rollback();
        return std::nullopt;
    }
    // Move the deleted pages out of the write-ahead log as well (as deleteSession does).
    remove.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return taken;
}

qint64 SessionStore::putBackSession(const TakenSession &taken, QString *error)
{
    if (!flush()) {
        *error = StoreText::tr("Earlier answers are not saved yet; try again.");
        return 0;
    }
    // Put back already (the same row, every column the same): never a second copy.
    for (const TakenSession::Rows &rows : taken.tables) {
        if (rows.table != QLatin1String("sessions") || rows.values.size() != 1)
            continue;
        QSqlQuery q(mDb);
        q.prepare(QStringLiteral("SELECT * FROM sessions WHERE id = ?"));
        q.addBindValue(taken.sessionId);
        if (q.exec() && q.next()) {
            bool same = true;
            for (int i = 0; i < rows.columns.size(); ++i)
                same = same && q.value(rows.columns.at(i)) == rows.values.first().at(i);
            if (same) {
                *error = StoreText::tr("Session %1 is back already.").arg(taken.sessionId);
                return 0;
            }
        }
    }
    QString exact;
    if (const qint64 id = insertTaken(taken, false, &exact))
        return id;
    // Rows written since (the open session's answers, a new session) took some of its ids: it
    // comes back whole under new ones, its rows pointing at each other as before.
    return insertTaken(taken, true, error);
}

qint64 SessionStore::insertTaken(const TakenSession &taken, bool newIds, QString *error)
{
    if (!mDb.transaction()) {
        *error = mDb.lastError().text();
        return 0;
    }
    // table → old id → new id; the columns that point at a row of another table.
    QHash<QString, QHash<qint64, qint64>> renumbered;
    const QHash<QString, QString> pointsAt{
        {QStringLiteral("session_id"), QStringLiteral("sessions")},
        {QStringLiteral("question_id"), QStringLiteral("questions")}};
    const auto fail = [&](const QString &why) {
        *error = StoreText::tr("Session %1 cannot be put back: %2").arg(taken.sessionId).arg(why);
        mDb.rollback();
        return qint64(0);
    };
    for (const TakenSession::Rows &rows : taken.tables) {
        const qsizetype idColumn = newIds ? rows.columns.indexOf(QLatin1String("id")) : -1;
        QStringList columns = rows.columns;
        if (idColumn >= 0)
            columns.removeAt(idColumn);
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(rows.table, columns.join(QLatin1String(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")));
        QSqlQuery q(mDb);
        if (!q.prepare(sql))
            return fail(q.lastError().text());
        for (const QVariantList &values : rows.values) {
            int bound = 0;
            for (int i = 0; i < values.size(); ++i) {
                if (i == idColumn)
                    continue;
                QVariant value = values.at(i);
                const QString target = newIds ? pointsAt.value(rows.columns.at(i)) : QString();
                if (!target.isEmpty()) {
                    const auto found = renumbered.value(target).constFind(value.toLongLong());
                    if (found != renumbered.value(target).constEnd())
                        value = *found;
                }
                q.bindValue(bound++, value);
            }
            if (!q.exec())
                return fail(q.lastError().text());
            if (idColumn >= 0)
                renumbered[rows.table].insert(values.at(idColumn).toLongLong(),
                                              q.lastInsertId().toLongLong());
        }
    }
    if (!mDb.commit())
        return fail(mDb.lastError().text());
    return newIds ? renumbered.value(QStringLiteral("sessions")).value(taken.sessionId)
                  : taken.sessionId;
}

qint64 SessionStore::addQuestion(const Question &question, QString *error)
{
    flush();
    QSqlQuery q(mDb);
    q.prepare(QStringLiteral("INSERT INTO questions (session_id, kind, phase, scenario_id, "
                             "scene_id, prompt, choices, position, open, revealed, asked_at, "
                             "group_choice) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(question.sessionId);
    q.addBindValue(SessionKeys::kind(question.kind));
    q.addBindValue(SessionKeys::phase(question.phase));
    q.addBindValue(nn(question.scenarioId));
    q.addBindValue(nn(question.sceneId));
    q.addBindValue(nn(question.prompt));
    q.addBindValue(choicesJson(question.choices));
    q.addBindValue(question.position);
    q.addBindValue(question.open ? 1 : 0);
    q.addBindValue(question.revealed ? 1 : 0);
    q.addBindValue(
        iso(question.askedAt.isValid() ? question.askedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(nn(question.groupChoice));
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool SessionStore::updateQuestion(const Question &question, QString *error)
{
    flush();
    QSqlQuery q(mDb);
    q.prepare(
        QStringLiteral("UPDATE questions SET prompt = ?, open = ?, revealed = ?, group_choice = ? "
                       "WHERE id = ?"));
    q.addBindValue(nn(question.prompt));
    q.addBindValue(question.open ? 1 : 0);
    q.addBindValue(question.revealed ? 1 : 0);
    q.addBindValue(nn(question.groupChoice));
    q.addBindValue(question.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool SessionStore::removeQuestion(qint64 questionId, QString *error)
{
    if (!flush()) {
        *error = StoreText::tr("Earlier answers are not saved yet; try again.");
        return false;
    }
    // One statement: a question that took an answer meanwhile is never taken with it.
    QSqlQuery q(mDb);
    q.prepare(QStringLiteral(
        "DELETE FROM questions WHERE id = ? "
        "AND NOT EXISTS (SELECT 1 FROM answers WHERE question_id = questions.id) "
        "AND NOT EXISTS (SELECT 1 FROM tallies WHERE question_id = questions.id AND count > 0)"));
    q.addBindValue(questionId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = StoreText::tr("Question %1 is not there, or answers are recorded in it.")
                     .arg(questionId);
        return false;
    }
    return true;
}

bool SessionStore::updateCommitment(const Commitment &commitment, const QString &text,
                                    QString *error)
{
    return changeCommitment(QStringLiteral("UPDATE commitments SET text = ? WHERE id = "),
                            commitment, &text, error);
}

bool SessionStore::deleteCommitment(const Commitment &commitment, QString *error)
{
    return changeCommitment(QStringLiteral("DELETE FROM commitments WHERE id = "), commitment,
                            nullptr, error);
}

bool SessionStore::changeCommitment(const QString &sql, const Commitment &commitment,
                                    const QString *text, QString *error)
{
    if (!flush()) {
        *error = StoreText::tr("Earlier answers are not saved yet; try again.");
        return false;
    }
    QSqlQuery q(mDb);
    // By its id, or, before the model has heard it, by what it holds.
    q.prepare(sql +
              QStringLiteral("(SELECT id FROM commitments WHERE id = ? OR (? = 0 AND "
                             "session_id = ? AND token = ? AND text = ? AND at = ?) LIMIT 1)"));
    if (text)
        q.addBindValue(nn(*text));
    q.addBindValue(commitment.id);
    q.addBindValue(commitment.id);
    q.addBindValue(commitment.sessionId);
    q.addBindValue(nn(commitment.token));
    q.addBindValue(nn(commitment.text));
    q.addBindValue(iso(commitment.at));
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().isValid() ? q.lastError().text()
                                         : StoreText::tr("The commitment is no longer stored.");
        return false;
    }
    // secure_delete zeroes the old text in the database's pages; the write-ahead log still
    // holds copies of those pages as they were, until they are moved into the file.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

QList<ScenarioSnapshot> SessionStore::scenarioSnapshots(qint64 sessionId) const
{
    return selectAll(mDb,
                     QStringLiteral("SELECT scenario_id, title, debrief FROM session_scenarios "
                                    "WHERE session_id = ? ORDER BY position"),
                     sessionId, [](const QSqlQuery &q) {
                         const QJsonObject debrief =
                             QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
                         const auto list = [&debrief](const char *key) {
                             QStringList texts;
                             for (const QJsonValue &v : debrief.value(QLatin1String(key)).toArray())
                                 texts.append(v.toString());
                             return texts;
                         };
                         return ScenarioSnapshot{q.value(0).toString(), q.value(1).toString(),
                                                 list("what"), list("soWhat"), list("nowWhat")};
                     });
}

bool SessionStore::keepScenarioSnapshot(qint64 sessionId, const ScenarioSnapshot &snapshot,
                                        QString *error)
{
    flush();
    const QJsonObject debrief{
        {QStringLiteral("what"), QJsonArray::fromStringList(snapshot.what)},
        {QStringLiteral("soWhat"), QJsonArray::fromStringList(snapshot.soWhat)},
        {QStringLiteral("nowWhat"), QJsonArray::fromStringList(snapshot.nowWhat)}};
    QSqlQuery q(mDb);
    // OR IGNORE: the texts the session first ran stay.
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO session_scenarios (session_id, scenario_id, title, debrief, "
        "position) VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM "
        "session_scenarios WHERE session_id = ?))"));
    q.addBindValue(sessionId);
    q.addBindValue(nn(snapshot.scenarioId));
    q.addBindValue(nn(snapshot.title));
    q.addBindValue(QString::fromUtf8(QJsonDocument(debrief).toJson(QJsonDocument::Compact)));
    q.addBindValue(sessionId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<SessionPosition> SessionStore::position(qint64 sessionId) const
{
    QSqlQuery q(mDb);
    q.prepare(QStringLiteral("SELECT scenario_id, path, step, question_id FROM session_positions "
                             "WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SessionPosition position;
    position.scenarioId = q.value(0).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
        position.path.append(v.toString());
    const QString step = q.value(2).toString();
    position.step = step == stepKey(SessionPosition::Step::Debrief) ? SessionPosition::Step::Debrief
                    : step == stepKey(SessionPosition::Step::Finished)
                        ? SessionPosition::Step::Finished
                        : SessionPosition::Step::Scene;
    position.questionId = q.value(3).toLongLong();
    return position;
}

std::optional<ParticipantAccess> SessionStore::participantAccess(qint64 sessionId) const
{
    QSqlQuery q(mDb);
    q.prepare(
        QStringLiteral("SELECT join_code, token_key FROM participant_access WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ParticipantAccess{q.value(0).toString(), q.value(1).toByteArray()};
}

std::optional<ParticipantAccess>
SessionStore::saveParticipantAccess(qint64 sessionId, const ParticipantAccess &access,
                                    QString *error)
{
    QSqlQuery q(mDb);
    // OR IGNORE: should a row be there already, the one stored wins (read below).
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO participant_access (session_id, join_code, "
                             "token_key) VALUES (?, ?, ?)"));
    q.addBindValue(sessionId);
    q.addBindValue(access.joinCode);
    q.addBindValue(access.tokenKey);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (std::optional<ParticipantAccess> stored = participantAccess(sessionId))
        return stored;
    *error = StoreText::tr("There is no session %1.").arg(sessionId);
    return std::nullopt;
}

namespace {
// SQLITE_CONSTRAINT and its extended codes (foreign key, unique, check, …): the write itself
// is impossible, unlike a full disk or a locked file.
bool isConstraintError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    return code != 0 && (code & 0xFF) == 19;
}
} // namespace

bool SessionStore::beginBatch(QString *error)
{
    if (mDb.transaction())
        return true;
    *error = mDb.lastError().text();
    return false;
}

void SessionStore::beginWrite()
{
    QSqlQuery(mDb).exec(QStringLiteral("SAVEPOINT one_write"));
}

void SessionStore::undoWrite()
{
    QSqlQuery q(mDb);
    q.exec(QStringLiteral("ROLLBACK TO one_write"));
    q.exec(QStringLiteral("RELEASE one_write"));
}

void SessionStore::keepWrite()
{
    QSqlQuery(mDb).exec(QStringLiteral("RELEASE one_write"));
}

bool SessionStore::commitBatch(QString *error)
{
    if (mDb.commit())
        return true;
    *error = mDb.lastError().text();
    return false;
}

void SessionStore::rollbackBatch()
{
    mDb.rollback();
}

Store::WriteResult SessionStore::execute(const Write &write)
{
    Statements &s = *mStatements;
    QSqlQuery *q = nullptr;
    if (const auto *put = std::get_if<PutAnswer>(&write)) {
        q = &s.putAnswer;
        q->bindValue(0, put->answer.questionId);
        q->bindValue(1, nn(put->answer.token));
        q->bindValue(2, nn(put->answer.choice));
        q->bindValue(3, iso(put->answer.at));
    } else if (const auto *remove = std::get_if<RemoveAnswer>(&write)) {
        q = &s.removeAnswer;
        q->bindValue(0, remove->questionId);
        q->bindValue(1, nn(remove->token));
    } else if (const auto *tally = std::get_if<PutTally>(&write)) {
        q = &s.putTally;
        q->bindValue(0, tally->tally.questionId);
        q->bindValue(1, nn(tally->tally.choice));
        q->bindValue(2, tally->tally.count);
    } else if (const auto *commitment = std::get_if<PutCommitment>(&write)) {
        const Commitment &c = commitment->commitment;
        q = &s.putCommitment;
        q->bindValue(0, c.sessionId);
        q->bindValue(1, nn(c.token));
        q->bindValue(2, nn(c.text));
        q->bindValue(3, iso(c.at));
    } else if (const auto *removeCommitment = std::get_if<RemoveCommitment>(&write)) {
        const Commitment &c = removeCommitment->commitment;
        q = &s.removeCommitment;
        q->bindValue(0, c.id);
        q->bindValue(1, c.id);
        q->bindValue(2, c.sessionId);
        q->bindValue(3, nn(c.token));
        q->bindValue(4, nn(c.text));
        q->bindValue(5, iso(c.at));
    } else if (const auto *sitOut = std::get_if<SetSitOut>(&write)) {
        q = sitOut->sittingOut ? &s.putSitOut : &s.removeSitOut;
        q->bindValue(0, sitOut->sitOut.sessionId);
        q->bindValue(1, nn(sitOut->sitOut.scenarioId));
        q->bindValue(2, nn(sitOut->sitOut.token));
    } else if (const auto *asked = std::get_if<PutRoomQuestion>(&write)) {
        const RoomQuestion &r = asked->question;
        q = &s.putRoomQuestion;
        q->bindValue(0, nn(r.key));
        q->bindValue(1, r.sessionId);
        q->bindValue(2, r.position);
        q->bindValue(3, nn(r.text));
        q->bindValue(4, SessionKeys::roomQuestionState(r.state));
    } else if (const auto *position = std::get_if<PutPosition>(&write)) {
        const SessionPosition &p = position->position;
        q = &s.putPosition;
        q->bindValue(0, position->sessionId);
        q->bindValue(1, nn(p.scenarioId));
        q->bindValue(
            2,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(p.path)).toJson(QJsonDocument::Compact)));
        q->bindValue(3, stepKey(p.step));
        q->bindValue(4, p.questionId);
        q->bindValue(5, iso(QDateTime::currentDateTimeUtc()));
    }
    WriteResult result;
    if (!q->exec()) {
        result.outcome = isConstraintError(q->lastError()) ? WriteResult::Outcome::Impossible
                                                           : WriteResult::Outcome::Failed;
        result.error = q->lastError().text();
        return result;
    }
    if (std::holds_alternative<PutCommitment>(write))
        result.newId = q->lastInsertId().toLongLong();
    return result;
}
