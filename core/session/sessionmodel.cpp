#include "session/sessionmodel.h"

#include "export/sessionexport.h"
#include "store/sessionstore.h"

#include <algorithm>

namespace {
// Stored answers in the database's order, then those not yet stored (no id) by time.
bool recordedFirst(const Answer &a, const Answer &b)
{
    if ((a.id == 0) != (b.id == 0))
        return a.id != 0;
    return a.id != 0 ? a.id < b.id : a.at < b.at;
}

bool sameCommitment(const Commitment &a, const Commitment &b)
{
    return a.token == b.token && a.text == b.text && a.at == b.at;
}
} // namespace

SessionModel::SessionModel(Store *store, QObject *parent) : QObject(parent), mStore(store)
{
    connect(mStore, &Store::committed, this, &SessionModel::recorded);
    connect(mStore, &Store::writeFailed, this, &SessionModel::writeFailed);
    connect(mStore, &Store::writeRejected, this, &SessionModel::forgetRejected);
    connect(mStore, &Store::commitmentStored, this, [this](quint64 sequence, qint64 id) {
        const std::optional<Commitment> stored = mUnstoredCommitments.take(sequence);
        if (!stored)
            return;
        for (Commitment &c : mCommitments) {
            if (c.id == 0 && sameCommitment(c, *stored))
                c.id = id;
        }
    });
}

bool SessionModel::flush()
{
    return mStore->flush();
}

bool SessionModel::isRecorded(quint64 sequence) const
{
    return mStore->isCommitted(sequence);
}

std::optional<ParticipantAccess> SessionModel::participantAccess() const
{
    return isLoaded() ? mStore->participantAccess(mSession.id) : std::nullopt;
}

std::optional<ParticipantAccess>
SessionModel::keepParticipantAccess(const ParticipantAccess &access, QString *error)
{
    if (!isLoaded()) {
        *error = tr("No session is open.");
        return std::nullopt;
    }
    return mStore->saveParticipantAccess(mSession.id, access, error);
}

std::optional<SessionData> SessionModel::storedData()
{
    if (!isLoaded() || !mStore->flush())
        return std::nullopt;
    return SessionExport::load(*mStore, mSession.id);
}

QList<SessionData> SessionModel::cohortHistory() const
{
    QList<SessionData> history;
    if (!isLoaded() || mSession.cohort.isEmpty() || !mStore->isOpen())
        return history;
    for (const Session &s : mStore->cohortSessions(mSession.cohort)) {
        if (s.id != mSession.id)
            history.append({s, mStore->questions(s.id), mStore->answers(s.id),
                            mStore->tallies(s.id), mStore->commitments(s.id)});
    }
    return history;
}

void SessionModel::forgetRejected(quint64 sequence, const Store::Write &write,
                                  const QString &reason)
{
    // The database refused the write for good (its session or question is gone): what memory
    // holds of it goes too, so that nothing shows what is not stored.
    if (const auto *put = std::get_if<Store::PutAnswer>(&write)) {
        auto byToken = mAnswers.find(put->answer.questionId);
        if (byToken != mAnswers.end()) {
            const auto it = byToken->constFind(put->answer.token);
            if (it != byToken->cend() && it->choice == put->answer.choice &&
                it->at == put->answer.at) {
                byToken->erase(it);
                notify(SessionChange::Kind::Answer, put->answer.questionId);
            }
        }
    } else if (const auto *asked = std::get_if<Store::PutRoomQuestion>(&write)) {
        // Refused for good (its session is gone): a new one goes from memory too.
        const auto it =
            std::find_if(mRoomQuestions.begin(), mRoomQuestions.end(),
                         [asked](const RoomQuestion &r) { return r.key == asked->question.key; });
        if (it != mRoomQuestions.end() && asked->question.sessionId == mSession.id) {
            mRoomQuestions.erase(it);
            notify(SessionChange::Kind::RoomQuestion);
        }
    } else if (const auto *sitOut = std::get_if<Store::SetSitOut>(&write)) {
        if (sitOut->sitOut.sessionId == mSession.id) {
            setSittingOutInMemory(sitOut->sitOut.scenarioId, sitOut->sitOut.token,
                                  !sitOut->sittingOut);
        }
    } else if (const auto *commitment = std::get_if<Store::PutCommitment>(&write)) {
        mUnstoredCommitments.remove(sequence);
        const auto it = std::find_if(mCommitments.begin(), mCommitments.end(), [&](const auto &c) {
            return sameCommitment(c, commitment->commitment);
        });
        if (it != mCommitments.end()) {
            mCommitments.erase(it);
            notify(SessionChange::Kind::Commitment);
        }
    }
    emit writeRejected(sequence, tr("Not saved: %1").arg(reason));
}

bool SessionModel::load(qint64 sessionId, QString *error)
{
    const std::optional<Session> session = mStore->session(sessionId);
    if (!session) {
        *error = tr("There is no session %1.").arg(sessionId);
        return false;
    }
    mStore->flush();
    mSession = *session;
    mQuestions = mStore->questions(sessionId);
    mAnswers.clear();
    for (const Answer &a : mStore->answers(sessionId))
        mAnswers[a.questionId].insert(a.token, a);
    mTallies.clear();
    for (const Tally &t : mStore->tallies(sessionId))
        mTallies[t.questionId].insert(t.choice, t.count);
    mCommitments = mStore->commitments(sessionId);
    mScenarios = mStore->scenarioSnapshots(sessionId);
    mRoomQuestions = mStore->roomQuestions(sessionId);
    mSittingOut.clear();
    for (const SitOut &s : mStore->sitOuts(sessionId))
        mSittingOut[s.scenarioId].insert(s.token);
    mUnstoredCommitments.clear();
    notify(SessionChange::Kind::Reset);
    return true;
}

void SessionModel::unload()
{
    mStore->flush();
    mSession = {};
    mQuestions.clear();
    mAnswers.clear();
    mTallies.clear();
    mCommitments.clear();
    mUnstoredCommitments.clear();
    mScenarios.clear();
    mSittingOut.clear();
    mRoomQuestions.clear();
    notify(SessionChange::Kind::Reset);
}

const ScenarioSnapshot *SessionModel::scenario(const QString &scenarioId) const
{
    for (const ScenarioSnapshot &s : mScenarios) {
        if (s.scenarioId == scenarioId)
            return &s;
    }
    return nullptr;
}

bool SessionModel::keepScenario(const ScenarioSnapshot &snapshot, QString *error)
{
    if (!isLoaded() || scenario(snapshot.scenarioId))
        return true; // nothing to keep, or kept already: the first run's texts stay
    if (!mStore->keepScenarioSnapshot(mSession.id, snapshot, error))
        return false;
    mScenarios.append(snapshot);
    return true;
}

bool SessionModel::updateSession(const Session &session, QString *error)
{
    if (session.id != mSession.id || !mStore->updateSession(session, error))
        return false;
    mSession = session;
    notify(SessionChange::Kind::Reset);
    return true;
}

const Question *SessionModel::question(qint64 id) const
{
    for (const Question &q : mQuestions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

Question *SessionModel::findQuestion(qint64 id)
{
    return const_cast<Question *>(std::as_const(*this).question(id));
}

QList<Answer> SessionModel::answers() const
{
    QList<Answer> all;
    for (const auto &byToken : mAnswers)
        all.append(byToken.values());
    std::sort(all.begin(), all.end(), recordedFirst);
    return all;
}

QList<Answer> SessionModel::answers(qint64 questionId) const
{
    QList<Answer> list = mAnswers.value(questionId).values();
    std::sort(list.begin(), list.end(), recordedFirst);
    return list;
}

std::optional<Answer> SessionModel::answer(qint64 questionId, const QString &token) const
{
    const auto byToken = mAnswers.constFind(questionId);
    if (byToken == mAnswers.cend())
        return std::nullopt;
    const auto it = byToken->constFind(token);
    if (it == byToken->cend())
        return std::nullopt;
    return *it;
}

int SessionModel::answerCount() const
{
    int count = 0;
    for (const auto &byToken : mAnswers)
        count += int(byToken.size());
    return count;
}

QuestionCount SessionModel::count(qint64 questionId) const
{
    const Question *q = question(questionId);
    if (!q)
        return {};
    // Counting needs no order: the answers as they are held, not answers()' sorted copy.
    return SessionRules::count(*q, mAnswers.value(questionId).values(), mTallies.value(questionId));
}

int SessionModel::recordedCount() const
{
    int count = answerCount();
    for (const auto &byChoice : mTallies) {
        for (const int n : byChoice)
            count += n;
    }
    return count;
}

QList<Tally> SessionModel::tallies() const
{
    QList<Tally> list;
    for (auto q = mTallies.cbegin(); q != mTallies.cend(); ++q) {
        for (auto c = q->cbegin(); c != q->cend(); ++c)
            list.append({q.key(), c.key(), c.value()});
    }
    return list;
}

int SessionModel::tally(qint64 questionId, const QString &choice) const
{
    return mTallies.value(questionId).value(choice);
}

std::optional<qint64> SessionModel::addQuestion(Question question, QString *error)
{
    question.sessionId = mSession.id;
    question.position = mQuestions.isEmpty() ? 1 : mQuestions.last().position + 1;
    if (!question.askedAt.isValid())
        question.askedAt = QDateTime::currentDateTimeUtc();
    const qint64 id = mStore->addQuestion(question, error);
    if (id == 0)
        return std::nullopt;
    question.id = id;
    mQuestions.append(question);
    notify(SessionChange::Kind::Question, id);
    return id;
}

bool SessionModel::removeQuestion(qint64 questionId, QString *error)
{
    const Question *q = findQuestion(questionId);
    if (!q) {
        *error = SessionRules::refusalText(SessionRules::Refusal::NoQuestion, questionId, {});
        return false;
    }
    if (count(questionId).people() > 0) {
        *error = tr("Answers are recorded in this question, so it stays.");
        return false;
    }
    if (!mStore->removeQuestion(questionId, error))
        return false;
    mQuestions.removeIf(
        [questionId](const Question &question) { return question.id == questionId; });
    mAnswers.remove(questionId);
    mTallies.remove(questionId);
    notify(SessionChange::Kind::Question, questionId);
    return true;
}

bool SessionModel::changeQuestion(qint64 questionId, QString *error,
                                  const std::function<void(Question &)> &change)
{
    Question *q = findQuestion(questionId);
    if (!q) {
        *error = SessionRules::refusalText(SessionRules::Refusal::NoQuestion, questionId, {});
        return false;
    }
    Question updated = *q;
    change(updated);
    if (!mStore->updateQuestion(updated, error))
        return false;
    *q = updated;
    notify(SessionChange::Kind::Question, questionId);
    return true;
}

bool SessionModel::setOpen(qint64 questionId, bool open, QString *error)
{
    return changeQuestion(questionId, error, [open](Question &q) { q.open = open; });
}

bool SessionModel::setRevealed(qint64 questionId, bool revealed, QString *error)
{
    return changeQuestion(questionId, error, [revealed](Question &q) {
        q.revealed = revealed;
        q.open = SessionRules::isOpenWhenRevealed(revealed);
    });
}

bool SessionModel::setGroupChoice(qint64 questionId, const QString &choice, QString *error)
{
    const Question *q = question(questionId);
    const SessionRules::Refusal refusal = SessionRules::checkGroupChoice(q, choice);
    if (refusal != SessionRules::Refusal::None) {
        *error = SessionRules::refusalText(refusal, questionId, choice);
        return false;
    }
    return changeQuestion(questionId, error,
                          [&choice](Question &changed) { changed.groupChoice = choice; });
}

SessionModel::AnswerResult SessionModel::recordAnswer(qint64 questionId, const QString &token,
                                                      const QString &choice)
{
    AnswerResult result;
    const Question *asked = question(questionId);
    result.refusal = SessionRules::checkAnswer(asked, token, choice,
                                               asked && isSittingOut(asked->scenarioId, token));
    if (result.refusal != SessionRules::Refusal::None) {
        result.error = SessionRules::refusalText(result.refusal, questionId, choice);
        return result;
    }
    QHash<QString, Answer> &byToken = mAnswers[questionId];
    const auto existing = byToken.constFind(token);
    // The id is the database's: a new answer has none until the session is loaded again.
    Answer answer{0, questionId, token, choice, QDateTime::currentDateTimeUtc()};
    if (existing != byToken.cend()) {
        result.previous = *existing;
        answer.id = existing->id; // a change keeps the answer's identity
    }
    byToken.insert(token, answer);
    result.sequence = mStore->queue(Store::PutAnswer{answer});
    result.ok = true;
    result.answer = answer;
    notify(SessionChange::Kind::Answer, questionId);
    return result;
}

bool SessionModel::removeAnswer(qint64 questionId, const QString &token)
{
    auto byToken = mAnswers.find(questionId);
    if (byToken == mAnswers.end() || !byToken->remove(token))
        return false;
    mStore->queue(Store::RemoveAnswer{questionId, token});
    notify(SessionChange::Kind::Answer, questionId);
    return true;
}

void SessionModel::restoreAnswer(const Answer &answer)
{
    if (!question(answer.questionId))
        return;
    mAnswers[answer.questionId].insert(answer.token, answer);
    mStore->queue(Store::PutAnswer{answer});
    notify(SessionChange::Kind::Answer, answer.questionId);
}

int SessionModel::changeTally(qint64 questionId, const QString &choice, int delta)
{
    const Question *q = question(questionId);
    if (!q || !q->accepts(choice))
        return 0;
    int &count = mTallies[questionId][choice];
    const int updated = std::max(0, count + delta);
    if (updated == count)
        return count;
    count = updated;
    mStore->queue(Store::PutTally{{questionId, choice, count}});
    notify(SessionChange::Kind::Tally, questionId);
    return count;
}

std::optional<Commitment> SessionModel::addCommitment(const QString &text, const QString &token,
                                                      QString *error, quint64 *sequence)
{
    if (!checkCommitment(text, error))
        return std::nullopt;
    Commitment c{0, mSession.id, token, text.trimmed(), QDateTime::currentDateTimeUtc()};
    mCommitments.append(c);
    const quint64 queued = mStore->queue(Store::PutCommitment{c});
    mUnstoredCommitments.insert(queued, c);
    if (sequence)
        *sequence = queued;
    notify(SessionChange::Kind::Commitment);
    return c;
}

bool SessionModel::checkCommitment(const QString &text, QString *error) const
{
    switch (SessionRules::checkCommitment(text)) {
    case SessionRules::CommitmentRefusal::None:
        return true;
    case SessionRules::CommitmentRefusal::Empty:
        *error = tr("The commitment is empty.");
        return false;
    case SessionRules::CommitmentRefusal::TooLong:
        *error = tr("A commitment has at most %1 characters; this one has %2.")
                     .arg(Commitment::MaxLength)
                     .arg(SessionRules::commitmentLength(text));
        return false;
    }
    return false;
}

std::optional<Commitment> SessionModel::editCommitment(const Commitment &commitment,
                                                       const QString &text, QString *error)
{
    if (!checkCommitment(text, error))
        return std::nullopt;
    const auto it =
        std::find_if(mCommitments.begin(), mCommitments.end(),
                     [&](const Commitment &c) { return sameCommitment(c, commitment); });
    if (it == mCommitments.end()) {
        *error = tr("The commitment is no longer there.");
        return std::nullopt;
    }
    if (it->text == text.trimmed())
        return *it;
    if (!mStore->updateCommitment(*it, text.trimmed(), error))
        return std::nullopt;
    // The update stored what was queued first, so a new commitment has its id by now.
    it->text = text.trimmed();
    const Commitment edited = *it;
    notify(SessionChange::Kind::Commitment);
    return edited;
}

bool SessionModel::removeCommitment(const Commitment &commitment, QString *error)
{
    const auto it =
        std::find_if(mCommitments.begin(), mCommitments.end(),
                     [&](const Commitment &c) { return sameCommitment(c, commitment); });
    if (it == mCommitments.end())
        return false;
    QString ignored;
    if (!mStore->deleteCommitment(*it, error ? error : &ignored))
        return false;
    mCommitments.erase(it);
    notify(SessionChange::Kind::Commitment);
    return true;
}

void SessionModel::restoreCommitment(const Commitment &commitment)
{
    Commitment restored = commitment;
    restored.id = 0; // stored again: the database gives it a new id
    mCommitments.append(restored);
    std::stable_sort(mCommitments.begin(), mCommitments.end(),
                     [](const Commitment &a, const Commitment &b) { return a.at < b.at; });
    mUnstoredCommitments.insert(mStore->queue(Store::PutCommitment{restored}), restored);
    notify(SessionChange::Kind::Commitment);
}

void SessionModel::notify(SessionChange::Kind kind, qint64 questionId)
{
    emit changed(SessionChange{kind, questionId});
}

bool SessionModel::setSittingOutInMemory(const QString &scenarioId, const QString &token,
                                         bool sittingOut)
{
    if (sittingOut) {
        QSet<QString> &tokens = mSittingOut[scenarioId];
        if (tokens.contains(token))
            return false;
        tokens.insert(token);
    } else {
        const auto found = mSittingOut.find(scenarioId);
        if (found == mSittingOut.end() || !found->remove(token))
            return false;
        if (found->isEmpty())
            mSittingOut.erase(found);
    }
    notify(SessionChange::Kind::SitOut);
    return true;
}

quint64 SessionModel::setSittingOut(const QString &scenarioId, const QString &token,
                                    bool sittingOut)
{
    if (!isLoaded() || scenarioId.isEmpty() || scenarioId.size() > MaxScenarioIdLength ||
        token.isEmpty() || token.size() > SessionRules::MaxTokenLength ||
        !setSittingOutInMemory(scenarioId, token, sittingOut))
        return 0;
    return mStore->queue(Store::SetSitOut{{mSession.id, scenarioId, token}, sittingOut});
}

bool SessionModel::isSittingOut(const QString &scenarioId, const QString &token) const
{
    return mSittingOut.value(scenarioId).contains(token);
}

int SessionModel::sittingOutCount(const QString &scenarioId) const
{
    return int(mSittingOut.value(scenarioId).size());
}

std::optional<RoomQuestion> SessionModel::addRoomQuestion(const QString &text, bool held,
                                                          QString *error, quint64 *sequence,
                                                          const QString &key)
{
    if (!isLoaded()) {
        *error = tr("No session is open.");
        return std::nullopt;
    }
    if (sequence)
        *sequence = 0;
    if (const RoomQuestion *there = key.isEmpty() ? nullptr : roomQuestion(key))
        return *there; // sent again (a retry): the one already queued
    switch (SessionRules::checkRoomQuestion(text)) {
    case SessionRules::RoomQuestionRefusal::None:
        break;
    case SessionRules::RoomQuestionRefusal::Empty:
        *error = tr("The question is empty.");
        return std::nullopt;
    case SessionRules::RoomQuestionRefusal::TooLong:
        *error = tr("A question has at most %1 characters.").arg(RoomQuestion::MaxLength);
        return std::nullopt;
    case SessionRules::RoomQuestionRefusal::ControlCharacters:
        *error = tr("The question contains control characters.");
        return std::nullopt;
    }
    RoomQuestion question;
    question.key = key.isEmpty() ? newParticipantToken() : key;
    question.sessionId = mSession.id;
    question.position = mRoomQuestions.isEmpty() ? 1 : mRoomQuestions.last().position + 1;
    question.text = text.trimmed();
    question.state = held ? RoomQuestionState::Held : RoomQuestionState::New;
    mRoomQuestions.append(question);
    const quint64 queued = mStore->queue(Store::PutRoomQuestion{question});
    if (sequence)
        *sequence = queued;
    notify(SessionChange::Kind::RoomQuestion);
    return question;
}

const RoomQuestion *SessionModel::roomQuestion(const QString &key) const
{
    for (const RoomQuestion &r : mRoomQuestions) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

bool SessionModel::setRoomQuestionState(const QString &key, RoomQuestionState state)
{
    for (RoomQuestion &r : mRoomQuestions) {
        if (r.key != key)
            continue;
        if (r.state == state)
            return true;
        r.state = state;
        mStore->queue(Store::PutRoomQuestion{r});
        notify(SessionChange::Kind::RoomQuestion);
        return true;
    }
    return false;
}
