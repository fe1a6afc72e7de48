#include "export/csvwriter.h"

CsvWriter::CsvWriter(const QStringList &header) : mColumns(header.size())
{
    append(header);
}

void CsvWriter::addRow(QStringList fields)
{
    Q_ASSERT(fields.size() <= mColumns);
    while (fields.size() < mColumns)
        fields.append(QString());
    append(fields);
    ++mRows;
}

QByteArray CsvWriter::field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    const bool needsQuotes =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!needsQuotes)
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

void CsvWriter::append(const QStringList &fields)
{
    if (fields.size() == 1 && fields.first().isEmpty()) {
        mData += QByteArrayLiteral("\"\"\r\n");
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            mData += ',';
        mData += field(fields.at(i));
    }
    mData += QByteArrayLiteral("\r\n");
}
