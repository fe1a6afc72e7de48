#pragma once

#include <QByteArray>
#include <QStringList>

// Comma-separated values as RFC 4180 defines them, in UTF-8:
// - every record ends with CRLF, the last one too;
// - a field containing a comma, a double quote, CR or LF is enclosed in double quotes, and each
//   double quote inside it is doubled; every other field is written as it is, spaces included
//   (RFC 4180: spaces are part of a field);
// - a record whose only field is empty is written as "" so that it is not an empty line.
// Every record has the header's number of fields.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header);

    // A row with fewer fields than the header is padded with empty ones; extra ones are a bug.
    void addRow(QStringList fields);
    int rowCount() const { return mRows; }
    const QByteArray &data() const { return mData; }

    static QByteArray field(const QString &text);

private:
    void append(const QStringList &fields);

    QByteArray mData;
    qsizetype mColumns = 0;
    int mRows = 0;
};
