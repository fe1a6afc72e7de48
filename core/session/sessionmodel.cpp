#include "session/sessionmodel.h"

#include "store/sessionstore.h"

#include <algorithm>

SessionModel::SessionModel(SessionStore *store, QObject *parent) : QObject(parent), mStore(store) {}

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
    mLastAnswerId = mStore->lastAnswerId();
    mLastCommitmentId = mStore->lastCommitmentId();
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
    notify(SessionChange::Kind::Reset);
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
    std::sort(all.begin(), all.end(), [](const Answer &a, const Answer &b) { return a.id < b.id; });
    return all;
}

QList<Answer> SessionModel::answers(qint64 questionId) const
{
    QList<Answer> list = mAnswers.value(questionId).values();
    std::sort(list.begin(), list.end(),
              [](const Answer &a, const Answer &b) { return a.id < b.id; });
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
    return changeQuestion(questionId, error, [&choice](Question &changed) { changed.groupChoice = choice; });
}

SessionModel::AnswerResult SessionModel::recordAnswer(qint64 questionId, const QString &token,
                                                      const QString &choice)
{
    AnswerResult result;
    result.refusal = SessionRules::checkAnswer(question(questionId), token, choice);
    if (result.refusal != SessionRules::Refusal::None) {
        result.error = SessionRules::refusalText(result.refusal, questionId, choice);
        return result;
    }
    QHash<QString, Answer> &byToken = mAnswers[questionId];
    const auto existing = byToken.constFind(token);
    Answer answer{0, questionId, token, choice, QDateTime::currentDateTimeUtc()};
    if (existing != byToken.cend()) {
        result.previous = *existing;
        answer.id = existing->id; // a change keeps the answer's identity
    } else {
        answer.id = ++mLastAnswerId;
    }
    byToken.insert(token, answer);
    result.sequence = mStore->queue(SessionStore::PutAnswer{answer});
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
    mStore->queue(SessionStore::RemoveAnswer{questionId, token});
    notify(SessionChange::Kind::Answer, questionId);
    return true;
}

void SessionModel::restoreAnswer(const Answer &answer)
{
    if (!question(answer.questionId))
        return;
    mAnswers[answer.questionId].insert(answer.token, answer);
    mLastAnswerId = std::max(mLastAnswerId, answer.id);
    mStore->queue(SessionStore::PutAnswer{answer});
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
    mStore->queue(SessionStore::PutTally{{questionId, choice, count}});
    notify(SessionChange::Kind::Tally, questionId, choice);
    return count;
}

std::optional<Commitment> SessionModel::addCommitment(const QString &text, const QString &token,
                                                      QString *error, quint64 *sequence)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("The commitment is empty.");
        return std::nullopt;
    }
    if (trimmed.size() > Commitment::MaxLength) {
        *error = tr("A commitment has at most %1 characters; this one has %2.")
                     .arg(Commitment::MaxLength)
                     .arg(trimmed.size());
        return std::nullopt;
    }
    Commitment c{++mLastCommitmentId, mSession.id, token, trimmed, QDateTime::currentDateTimeUtc()};
    mCommitments.append(c);
    const quint64 queued = mStore->queue(SessionStore::PutCommitment{c});
    if (sequence)
        *sequence = queued;
    notify(SessionChange::Kind::Commitment);
    return c;
}

bool SessionModel::removeCommitment(qint64 id)
{
    const auto it = std::find_if(mCommitments.begin(), mCommitments.end(),
                                 [id](const Commitment &c) { return c.id == id; });
    if (it == mCommitments.end())
        return false;
    mCommitments.erase(it);
    mStore->queue(SessionStore::RemoveCommitment{id});
    notify(SessionChange::Kind::Commitment);
    return true;
}

void SessionModel::restoreCommitment(const Commitment &commitment)
{
    mCommitments.append(commitment);
    std::sort(mCommitments.begin(), mCommitments.end(),
              [](const Commitment &a, const Commitment &b) { return a.id < b.id; });
    mStore->queue(SessionStore::PutCommitment{commitment});
    notify(SessionChange::Kind::Commitment);
}

void SessionModel::notify(SessionChange::Kind kind, qint64 questionId, const QString &choice)
{
    emit changed(SessionChange{kind, questionId, choice});
}
