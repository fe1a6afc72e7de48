#include "participant/participantaccess.h"

#include <QRandomGenerator>

ParticipantAccess ParticipantAccessMaker::make()
{
    ParticipantAccess access;
    const QString alphabet = ParticipantAccess::codeAlphabet();
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < ParticipantAccess::CodeLength; ++i)
        access.joinCode.append(alphabet.at(int(random->bounded(quint32(alphabet.size())))));
    quint32 words[ParticipantAccess::KeyBytes / 4];
    random->fillRange(words);
    access.tokenKey = QByteArray(reinterpret_cast<const char *>(words), sizeof words);
    return access;
}
