#include "export/csvwriter.h"

#include <QLocale>

CsvWriter::Cell CsvWriter::Cell::number(qint64 value)
{
    Cell cell(QString::number(value));
    cell.mNumber = true;
    return cell;
}

CsvWriter::Cell CsvWriter::Cell::number(double value)
{
    Cell cell(QString::number(value, 'g', QLocale::FloatingPointShortest));
    cell.mNumber = true;
    return cell;
}

CsvWriter::CsvWriter(const QStringList &header) : mColumns(header.size())
{
    append(Row(header.cbegin(), header.cend()));
}

void CsvWriter::addRow(Row fields)
{
    Q_ASSERT(fields.size() <= mColumns);
    while (fields.size() < mColumns)
        fields.append(Cell());
    append(fields);
    ++mRows;
}

bool CsvWriter::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QByteArray CsvWriter::field(const Cell &cell)
{
    QByteArray bytes = cell.text().toUtf8();
    if (!cell.isNumber() && looksLikeFormula(cell.text()))
        bytes.prepend('\'');
    const bool needsQuotes =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!needsQuotes)
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

void CsvWriter::append(const Row &fields)
{
    if (fields.size() == 1 && fields.first().text().isEmpty()) {
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
