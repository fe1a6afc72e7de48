#include "export/csvwriter.h"

#include <QTest>

Q_DECLARE_METATYPE(CsvWriter::Cell)

// RFC 4180 output: CRLF after every record, quotes only where needed, quotes doubled, UTF-8.
class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void rows_data();
    void rows();
    void headerOnly();
    void numbers_data();
    void numbers();
    void numbersAndTextInOneRow();
};

void tst_CsvWriter::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << QStringLiteral("bystander") << QByteArray("bystander");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a, b") << QByteArray("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("one\ntwo") << QByteArray("\"one\ntwo\"");
    QTest::newRow("CR") << QStringLiteral("one\rtwo") << QByteArray("\"one\rtwo\"");
    QTest::newRow("CRLF") << QStringLiteral("one\r\ntwo") << QByteArray("\"one\r\ntwo\"");
    QTest::newRow("leading and trailing spaces kept unquoted")
        << QStringLiteral("  padded  ") << QByteArray("  padded  ");
    QTest::newRow("spaces and a comma") << QStringLiteral(" a,b ") << QByteArray("\" a,b \"");
    QTest::newRow("emoji") << QStringLiteral("Give credit 🙌")
                           << QByteArray("Give credit \xf0\x9f\x99\x8c");
    QTest::newRow("accents") << QStringLiteral("Nguyễn") << QByteArray("Nguy\xe1\xbb\x85n");
    QTest::newRow("semicolon and tab need no quotes")
        << QStringLiteral("a;b\tc") << QByteArray("a;b\tc");
    QTest::newRow("apostrophe") << QStringLiteral("Luca's") << QByteArray("Luca's");
    QTest::newRow("everything") << QStringLiteral(" \"x\", y\r\n🙌 ")
                                << QByteArray("\" \"\"x\"\", y\r\n\xf0\x9f\x99\x8c \"");

    // Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice on
    // CSV injection): a text field that begins with = + - @, a tab or a carriage return.
    QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("formula +") << QStringLiteral("+cmd|' /C calc'!A0")
                               << QByteArray("'+cmd|' /C calc'!A0");
    QTest::newRow("formula -") << QStringLiteral("-2+3") << QByteArray("'-2+3");
    QTest::newRow("formula @") << QStringLiteral("@SUM(1)") << QByteArray("'@SUM(1)");
    QTest::newRow("leading tab") << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("leading CR") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
    QTest::newRow("text that looks like a negative number")
        << QStringLiteral("-3") << QByteArray("'-3");
    QTest::newRow("formula characters later on are harmless")
        << QStringLiteral("a=b+c-d@e") << QByteArray("a=b+c-d@e");
    QTest::newRow("a leading space is not neutralised")
        << QStringLiteral(" =1") << QByteArray(" =1");
    QTest::newRow("a leading line feed is quoted, not neutralised")
        << QStringLiteral("\nx") << QByteArray("\"\nx\"");
    QTest::newRow("a leading apostrophe stays as it is")
        << QStringLiteral("'=1") << QByteArray("'=1");
}

void tst_CsvWriter::field()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::field(text), written);
}

void tst_CsvWriter::rows_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QByteArray>("written");
    const QStringList two{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("one row") << two
                             << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("x")}}
                             << QByteArray("a,b\r\n1,x\r\n");
    QTest::newRow("empty fields") << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                 QStringLiteral("c")}
                                  << QList<QStringList>{{QString(), QStringLiteral("x"), QString()},
                                                        {{}, {}, {}}}
                                  << QByteArray("a,b,c\r\n,x,\r\n,,\r\n");
    QTest::newRow("short row padded")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QList<QStringList>{{QStringLiteral("1")}} << QByteArray("a,b,c\r\n1,,\r\n");
    QTest::newRow("a single empty field is not an empty line")
        << QStringList{QStringLiteral("text")} << QList<QStringList>{{QString()}}
        << QByteArray("text\r\n\"\"\r\n");
    QTest::newRow("line break inside a field")
        << two << QList<QStringList>{{QStringLiteral("line one\nline two"), QStringLiteral("z")}}
        << QByteArray("a,b\r\n\"line one\nline two\",z\r\n");
    QTest::newRow("quoted header") << QStringList{QStringLiteral("a,b"), QStringLiteral("c")}
                                   << QList<QStringList>{} << QByteArray("\"a,b\",c\r\n");
}

void tst_CsvWriter::rows()
{
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QByteArray, written);
    CsvWriter csv(header);
    for (const QStringList &row : rows)
        csv.addRow(CsvWriter::Row(row.cbegin(), row.cend()));
    QCOMPARE(csv.data(), written);
    QCOMPARE(csv.rowCount(), int(rows.size()));
}

void tst_CsvWriter::headerOnly()
{
    const CsvWriter csv({QStringLiteral("x")});
    QCOMPARE(csv.data(), QByteArray("x\r\n"));
    QCOMPARE(csv.rowCount(), 0);
}

void tst_CsvWriter::numbers_data()
{
    // A number field is written as the program wrote it, a minus sign and all: only text is
    // neutralised.
    QTest::addColumn<CsvWriter::Cell>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("negative whole") << CsvWriter::Cell::number(-3) << QByteArray("-3");
    QTest::newRow("negative id") << CsvWriter::Cell::number(qint64(-42)) << QByteArray("-42");
    QTest::newRow("negative fraction") << CsvWriter::Cell::number(-0.25) << QByteArray("-0.25");
    QTest::newRow("whole double") << CsvWriter::Cell::number(4.0) << QByteArray("4");
    QTest::newRow("third") << CsvWriter::Cell::number(1.0 / 3) << QByteArray("0.3333333333333333");
    QTest::newRow("large") << CsvWriter::Cell::number(qint64(9007199254740993))
                           << QByteArray("9007199254740993");
    QTest::newRow("the same as text") << CsvWriter::Cell(QStringLiteral("-3")) << QByteArray("'-3");
}

void tst_CsvWriter::numbers()
{
    QFETCH(CsvWriter::Cell, cell);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::field(cell), written);
}

void tst_CsvWriter::numbersAndTextInOneRow()
{
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("value")});
    csv.addRow({CsvWriter::Cell::number(7), QStringLiteral("=1+1"), CsvWriter::Cell::number(-0.5)});
    csv.addRow({CsvWriter::Cell::number(8), QStringLiteral("@x, y"), {}});
    QCOMPARE(csv.data(), QByteArray("id,text,value\r\n7,'=1+1,-0.5\r\n8,\"'@x, y\",\r\n"));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
