#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Comma-separated values as RFC 4180 defines them, in UTF-8:
// - every record ends with CRLF, the last one too;
// - a field containing a comma, a double quote, CR or LF is enclosed in double quotes, and each
//   double quote inside it is doubled; every other field is written as it is, spaces included
//   (RFC 4180: spaces are part of a field);
// - a record whose only field is empty is written as "" so that it is not an empty line.
// Every record has the header's number of fields.
//
// Spreadsheets run a cell that begins with = + - @ (and, in some, a tab or a carriage return)
// as a formula, so text typed on a phone could open as a live formula (OWASP: CSV injection).
// A text field that begins with one of those six characters is written with an apostrophe in
// front, which spreadsheets take as "this is text" (see docs/export.md). Numbers are fields of
// their own kind, written by the program and never changed, so that -3 stays a number.
class CsvWriter
{
public:
    // One field: text (as typed; neutralised when written) or a number the program wrote.
    class Cell
    {
    public:
        Cell() = default;
        Cell(const QString &text) : mText(text) {} // NOLINT: text is the usual field
        static Cell number(int value) { return number(qint64(value)); }
        static Cell number(qint64 value);
        // The shortest form that reads back as the same double, with a '.' in any locale.
        static Cell number(double value);

        const QString &text() const { return mText; }
        bool isNumber() const { return mNumber; }

    private:
        QString mText;
        bool mNumber = false;
    };
    using Row = QList<Cell>;

    explicit CsvWriter(const QStringList &header);

    // A row with fewer fields than the header is padded with empty ones; extra ones are a bug.
    void addRow(Row fields);
    int rowCount() const { return mRows; }
    const QByteArray &data() const { return mData; }

    // A field as it is written: text neutralised, then quoted where RFC 4180 needs it.
    static QByteArray field(const Cell &cell);
    // Whether a text would be taken for a formula: it begins with = + - @, a tab or a CR.
    static bool looksLikeFormula(const QString &text);

private:
    void append(const Row &fields);

    QByteArray mData;
    qsizetype mColumns = 0;
    int mRows = 0;
};
