#include "scenario/linguistfile.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

bool LinguistFile::read(const QString &path, LinguistFile *out, QString *error)
{
    *out = {};
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                out->language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("message")) {
                current = {};
                current.id = xml.attributes().value(QLatin1String("id")).toString();
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("extracomment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type.isEmpty();
                current.translation = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!current.id.isEmpty())
                out->messages.append(current);
        }
    }
    if (xml.hasError()) {
        *error = tr("%1:%2:%3: not a valid .ts file: %4")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return false;
    }
    return true;
}

bool LinguistFile::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), language);
    xml.writeAttribute(QStringLiteral("sourcelanguage"), QStringLiteral("en"));
    xml.writeStartElement(QStringLiteral("context"));
    xml.writeTextElement(QStringLiteral("name"), QString());
    for (const Message &m : messages) {
        xml.writeStartElement(QStringLiteral("message"));
        xml.writeAttribute(QStringLiteral("id"), m.id);
        xml.writeTextElement(QStringLiteral("source"), m.source);
        if (!m.comment.isEmpty())
            xml.writeTextElement(QStringLiteral("extracomment"), m.comment);
        xml.writeStartElement(QStringLiteral("translation"));
        if (!m.finished)
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("unfinished"));
        xml.writeCharacters(m.translation);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

LinguistFile LinguistFile::merged(const QList<Message> &sources) const
{
    QHash<QString, const Message *> old;
    for (const Message &m : messages)
        old.insert(m.id, &m);
    LinguistFile result;
    result.language = language;
    for (const Message &source : sources) {
        Message m{source.id, source.source, QString(), false, source.comment};
        if (const Message *previous = old.value(source.id)) {
            m.translation = previous->translation;
            m.finished = previous->finished && previous->source == source.source;
        }
        result.messages.append(m);
    }
    return result;
}

int LinguistFile::unfinishedCount() const
{
    int count = 0;
    for (const Message &m : messages)
        count += m.finished ? 0 : 1;
    return count;
}
