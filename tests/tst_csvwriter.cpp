#include "export/csvwriter.h"

#include <QTest>

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
        csv.addRow(row);
    QCOMPARE(csv.data(), written);
    QCOMPARE(csv.rowCount(), int(rows.size()));
}

void tst_CsvWriter::headerOnly()
{
    const CsvWriter csv({QStringLiteral("x")});
    QCOMPARE(csv.data(), QByteArray("x\r\n"));
    QCOMPARE(csv.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
