#include "session/session.h"

#include "roomlanguage.h"

#include <QRandomGenerator>

namespace SessionKeys {

QString phase(Phase p)
{
    switch (p) {
    case Phase::Baseline:
        return QStringLiteral("baseline");
    case Phase::After:
        return QStringLiteral("after");
    case Phase::FollowUp:
        return QStringLiteral("follow-up");
    }
    return {};
}

QString roomQuestionState(RoomQuestionState state)
{
    switch (state) {
    case RoomQuestionState::New:
        return QStringLiteral("new");
    case RoomQuestionState::Held:
        return QStringLiteral("held");
    case RoomQuestionState::Shown:
        return QStringLiteral("shown");
    case RoomQuestionState::Answered:
        return QStringLiteral("answered");
    case RoomQuestionState::Hidden:
        return QStringLiteral("hidden");
    }
    return {};
}

std::optional<RoomQuestionState> roomQuestionStateFromKey(const QString &key)
{
    for (RoomQuestionState s :
         {RoomQuestionState::New, RoomQuestionState::Held, RoomQuestionState::Shown,
          RoomQuestionState::Answered, RoomQuestionState::Hidden}) {
        if (roomQuestionState(s) == key)
            return s;
    }
    return std::nullopt;
}

QStringList checkInKeys()
{
    return {CheckInDone, CheckInPartly, CheckInNotYet, CheckInNoCommitment};
}

std::optional<Phase> phaseFromKey(const QString &key)
{
    for (Phase p : {Phase::Baseline, Phase::After, Phase::FollowUp}) {
        if (phase(p) == key)
            return p;
    }
    return std::nullopt;
}

QString kind(QuestionKind k)
{
    switch (k) {
    case QuestionKind::SelfPlacement:
        return QStringLiteral("self-placement");
    case QuestionKind::Decision:
        return QStringLiteral("decision");
    case QuestionKind::Commitment:
        return QStringLiteral("commitment");
    case QuestionKind::CheckIn:
        return QStringLiteral("check-in");
    }
    return {};
}

std::optional<QuestionKind> kindFromKey(const QString &key)
{
    for (QuestionKind k : {QuestionKind::SelfPlacement, QuestionKind::Decision,
                           QuestionKind::Commitment, QuestionKind::CheckIn}) {
        if (kind(k) == key)
            return k;
    }
    return std::nullopt;
}

namespace {
const char *phaseSource(Phase p)
{
    switch (p) {
    case Phase::Baseline:
        return QT_TRANSLATE_NOOP("Session", "Before");
    case Phase::After:
        return QT_TRANSLATE_NOOP("Session", "After");
    case Phase::FollowUp:
        return QT_TRANSLATE_NOOP("Session", "Follow-up");
    }
    return "";
}
} // namespace

QString phaseLabel(Phase p)
{
    return QCoreApplication::translate("Session", phaseSource(p));
}

QString roomPhaseLabel(Phase p)
{
    return RoomLanguage::translate("Session", phaseSource(p));
}

} // namespace SessionKeys

QString Question::stageOf(const QString &choiceKey) const
{
    for (const Choice &c : choices) {
        if (c.key == choiceKey)
            return c.stage;
    }
    return {};
}

bool Question::accepts(const QString &choiceKey) const
{
    if (choiceKey == SessionKeys::Pass)
        return true;
    for (const Choice &c : choices) {
        if (c.key == choiceKey)
            return true;
    }
    return false;
}

QString newParticipantToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
