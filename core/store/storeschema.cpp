#include "store/storeschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char *const version1[] = {
    "CREATE TABLE sessions ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT NOT NULL,"
    " date TEXT NOT NULL,"
    " cohort TEXT NOT NULL DEFAULT '',"
    " language TEXT NOT NULL DEFAULT 'en',"
    " k INTEGER NOT NULL DEFAULT 5 CHECK (k BETWEEN 3 AND 10),"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE questions ("
    " id INTEGER PRIMARY KEY,"
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL,"
    " phase TEXT NOT NULL,"
    " scenario_id TEXT NOT NULL DEFAULT '',"
    " scene_id TEXT NOT NULL DEFAULT '',"
    " prompt TEXT NOT NULL DEFAULT '',"
    " choices TEXT NOT NULL DEFAULT '[]',"
    " position INTEGER NOT NULL,"
    " open INTEGER NOT NULL DEFAULT 1,"
    " asked_at TEXT NOT NULL)",
    "CREATE TABLE answers ("
    " id INTEGER PRIMARY KEY,"
    " question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,"
    " token TEXT NOT NULL,"
    " choice TEXT NOT NULL,"
    " at TEXT NOT NULL)",
    "CREATE TABLE tallies ("
    " question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,"
    " choice TEXT NOT NULL,"
    " count INTEGER NOT NULL CHECK (count >= 0),"
    " PRIMARY KEY (question_id, choice))",
    "CREATE TABLE commitments ("
    " id INTEGER PRIMARY KEY,"
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " token TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL CHECK (length(text) <= 280),"
    " at TEXT NOT NULL)",
    "CREATE INDEX questions_by_session ON questions(session_id)",
    "CREATE INDEX answers_by_question ON answers(question_id)",
    "CREATE INDEX commitments_by_session ON commitments(session_id)",
    "PRAGMA user_version = 1",
};

// Version 2: the workshop's own stage labels; results hidden until revealed; one answer per
// participant and question enforced by the database itself.
const char *const version2[] = {
    "ALTER TABLE sessions ADD COLUMN stage_labels TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE questions ADD COLUMN revealed INTEGER NOT NULL DEFAULT 0",
    // Version 1 allowed duplicates; keep each participant's latest answer.
    "DELETE FROM answers WHERE id NOT IN (SELECT max(id) FROM answers GROUP BY question_id, token)",
    "DROP INDEX answers_by_question",
    "CREATE UNIQUE INDEX answers_by_question_token ON answers(question_id, token)",
    "PRAGMA user_version = 2",
};

// Version 3: what lets phones join a session (the participant server): the join code shown to
// the room and the key that signs device tokens, so both survive a restart of the program.
// One row per session, created the first time participants are invited.
const char *const version3[] = {
    "CREATE TABLE participant_access ("
    " session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
    " join_code TEXT NOT NULL CHECK (length(join_code) = 6),"
    " token_key BLOB NOT NULL CHECK (length(token_key) >= 32))",
    "PRAGMA user_version = 3",
};

// Version 4: the group's single choice at a decision is a fact about the question, not an
// answer: it moves out of the answers (where it was stored under the token "group" and counted
// as one more vote) into its own column.
const char *const version4[] = {
    "ALTER TABLE questions ADD COLUMN group_choice TEXT NOT NULL DEFAULT ''",
    "UPDATE questions SET group_choice = (SELECT a.choice FROM answers a"
    " WHERE a.question_id = questions.id AND a.token = 'group')"
    " WHERE kind = 'decision' AND EXISTS (SELECT 1 FROM answers a"
    " WHERE a.question_id = questions.id AND a.token = 'group')",
    "DELETE FROM answers WHERE token = 'group'",
    "PRAGMA user_version = 4",
};

// Version 5: what a session keeps of each scenario it ran (title, debrief questions), so that
// its report never changes when the scenario is edited, translated or removed.
const char *const version5[] = {
    "CREATE TABLE session_scenarios ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " scenario_id TEXT NOT NULL,"
    " title TEXT NOT NULL,"
    " debrief TEXT NOT NULL DEFAULT '{}',"
    " position INTEGER NOT NULL,"
    " PRIMARY KEY (session_id, scenario_id))",
    "PRAGMA user_version = 5",
};

// Version 6: where each session's run stands on the console (the scenario, the scenes walked,
// debrief or finished, the question on the projector), so that a restart resumes there.
const char *const version6[] = {
    "CREATE TABLE session_positions ("
    " session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
    " scenario_id TEXT NOT NULL DEFAULT '',"
    " path TEXT NOT NULL DEFAULT '[]',"
    " step TEXT NOT NULL DEFAULT 'scene' CHECK (step IN ('scene', 'debrief', 'finished')),"
    " question_id INTEGER NOT NULL DEFAULT 0,"
    " updated_at TEXT NOT NULL)",
    "PRAGMA user_version = 6",
};

// Version 7: a commitment's 280 characters are those a person sees (grapheme clusters: an emoji
// family is one, not seven code points), which SQL cannot count; the core checks the limit
// (SessionRules::checkCommitment). The table keeps only a bound no commitment comes near.
const char *const version7[] = {
    "CREATE TABLE commitments_v7 ("
    " id INTEGER PRIMARY KEY,"
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " token TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL CHECK (length(text) <= 10000),"
    " at TEXT NOT NULL)",
    "INSERT INTO commitments_v7 (id, session_id, token, text, at)"
    " SELECT id, session_id, token, text, at FROM commitments",
    "DROP TABLE commitments",
    "ALTER TABLE commitments_v7 RENAME TO commitments",
    "CREATE INDEX commitments_by_session ON commitments(session_id)",
    "PRAGMA user_version = 7",
};

// Version 8: the welcome screen kept with the session: the trainer's name, the agenda and the
// group's agreements.
const char *const version8[] = {
    "ALTER TABLE sessions ADD COLUMN trainer TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN agenda TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN agreements TEXT NOT NULL DEFAULT ''",
    "PRAGMA user_version = 8",
};

// Version 9: who sat a role-play out (SetSitOut): the device and the scenario, and not when,
// so the rows say nothing about the moment someone stepped back.
const char *const version9[] = {
    "CREATE TABLE sit_outs ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " scenario_id TEXT NOT NULL CHECK (length(scenario_id) BETWEEN 1 AND 200),"
    " token TEXT NOT NULL CHECK (length(token) BETWEEN 1 AND 64),"
    " PRIMARY KEY (session_id, scenario_id, token)) WITHOUT ROWID",
    "PRAGMA user_version = 9",
};

// Version 10: follow-up sessions: the flag, and the decisions one replays, in order.
const char *const version10[] = {
    "ALTER TABLE sessions ADD COLUMN follow_up INTEGER NOT NULL DEFAULT 0"
    " CHECK (follow_up IN (0, 1))",
    "CREATE TABLE session_replays ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " scenario_id TEXT NOT NULL,"
    " scene_id TEXT NOT NULL,"
    " prompt TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (session_id, position)) WITHOUT ROWID",
    "PRAGMA user_version = 10",
};

// Version 11: questions sent from phones for the trainer alone: the text, where it stands and
// its place in the queue; no device and no time.
const char *const version11[] = {
    "CREATE TABLE room_questions ("
    " key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),"
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),"
    " state TEXT NOT NULL DEFAULT 'new'"
    "  CHECK (state IN ('new', 'held', 'shown', 'answered', 'hidden')))",
    "CREATE INDEX room_questions_by_session ON room_questions(session_id, position)",
    "PRAGMA user_version = 11",
};

template <std::size_t N>
bool run(QSqlDatabase &db, const char *const (&statements)[N], QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = StoreSchema::tr("upgrading the database failed at \"%1\": %2")
                         .arg(QString::fromLatin1(statement).left(60), query.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

int StoreSchema::version(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool StoreSchema::createVersion2(QSqlDatabase &db, QString *error)
{
    return run(db, version1, error) && run(db, version2, error);
}

bool StoreSchema::createVersion3(QSqlDatabase &db, QString *error)
{
    return createVersion2(db, error) && run(db, version3, error);
}

bool StoreSchema::createVersion5(QSqlDatabase &db, QString *error)
{
    return createVersion3(db, error) && run(db, version4, error) && run(db, version5, error);
}

bool StoreSchema::upgrade(QSqlDatabase &db, QString *error)
{
    const int found = version(db);
    if (found < 0) {
        *error = tr("the database's version cannot be read");
        return false;
    }
    if (found > CurrentVersion) {
        *error = tr("the database was written by a newer version of Upstander (format %1; this "
                    "version reads up to %2). It was left unchanged; update Upstander to open it.")
                     .arg(found)
                     .arg(CurrentVersion);
        return false;
    }
    if (found < 1 && !run(db, version1, error))
        return false;
    if (found < 2 && !run(db, version2, error))
        return false;
    if (found < 3 && !run(db, version3, error))
        return false;
    if (found < 4 && !run(db, version4, error))
        return false;
    if (found < 5 && !run(db, version5, error))
        return false;
    if (found < 6 && !run(db, version6, error))
        return false;
    if (found < 7 && !run(db, version7, error))
        return false;
    if (found < 8 && !run(db, version8, error))
        return false;
    if (found < 9 && !run(db, version9, error))
        return false;
    if (found < 10 && !run(db, version10, error))
        return false;
    if (found < 11 && !run(db, version11, error))
        return false;
    return true;
}
