// Right to left: the console's custom-painted widgets put what belongs at the start of a line
// on the right when the layout is mirrored (Arabic, or -reverse), and on the left otherwise;
// Arabic words with a mnemonic in them stay whole.

#include "console/mnemonicstyle.h"
#include "runner/notespanel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

class tst_Mirroring : public QObject
{
    Q_OBJECT

private slots:
    void notesAccentAtTheStart_data();
    void notesAccentAtTheStart();
    void arabicWordsWithAMnemonicStayWhole();
    void mnemonicsStillWorkWithoutTheUnderline();
    void otherLanguagesKeepTheUnderline();
};

namespace {
// How many pixels of the highlight colour a column of the image holds, at mid height.
bool isAccent(const QImage &image, int x, const QColor &accent)
{
    const QColor seen = image.pixelColor(x, image.height() / 2);
    return qAbs(seen.red() - accent.red()) + qAbs(seen.green() - accent.green()) +
               qAbs(seen.blue() - accent.blue()) <
           24;
}
} // namespace

void tst_Mirroring::notesAccentAtTheStart_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    QTest::newRow("right to left") << Qt::RightToLeft;
}

void tst_Mirroring::notesAccentAtTheStart()
{
    QFETCH(Qt::LayoutDirection, direction);
    NotesPanel panel;
    panel.setLayoutDirection(direction);
    panel.setNotes(QStringLiteral("Leave a short silence."));
    panel.resize(400, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QImage image = panel.grab().toImage();
    const QColor accent = panel.palette().color(QPalette::Highlight);
    const bool rtl = direction == Qt::RightToLeft;
    const int start = rtl ? image.width() - 3 : 2;
    const int end = rtl ? 2 : image.width() - 3;
    QVERIFY2(isAccent(image, start, accent), "the accent bar is at the start of the line");
    QVERIFY2(!isAccent(image, end, accent), "and not at its end");

    // The text keeps its distance from the bar, on whichever side the bar is.
    const auto *heading = panel.findChildren<QLabel *>().constFirst();
    const int fromStart =
        rtl ? panel.width() - heading->geometry().right() - 1 : heading->geometry().left();
    const int fromEnd =
        rtl ? heading->geometry().left() : panel.width() - heading->geometry().right() - 1;
    QVERIFY2(fromStart > fromEnd,
             qPrintable(QStringLiteral("%1 from the bar's side, %2 from the other")
                            .arg(fromStart)
                            .arg(fromEnd)));
}

namespace {
QImage tabImage(const QString &text)
{
    QTabBar bar;
    bar.setLayoutDirection(Qt::RightToLeft);
    bar.setDocumentMode(true);
    bar.addTab(text);
    bar.resize(bar.sizeHint());
    return bar.grab().toImage();
}
} // namespace

void tst_Mirroring::arabicWordsWithAMnemonicStayWhole()
{
    // "Results" with its mnemonic inside the word, as the Arabic catalogue has it: the tab must
    // look exactly like the word without one (no letters cut off, no joins broken).
    const QString withMnemonic = QStringLiteral("ال&نتائج");
    const QString plain = QStringLiteral("النتائج");
    MnemonicStyle::applyFor(QStringLiteral("ar"));
    QVERIFY(qobject_cast<MnemonicStyle *>(QApplication::style()));
    QCOMPARE(tabImage(withMnemonic), tabImage(plain));
    MnemonicStyle::applyFor(QStringLiteral("en"));
}

void tst_Mirroring::mnemonicsStillWorkWithoutTheUnderline()
{
    MnemonicStyle::applyFor(QStringLiteral("ar"));
    QWidget window;
    auto *button = new QPushButton(QStringLiteral("ح&فظ"), &window); // "Save", mnemonic ف
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy clicked(button, &QPushButton::clicked);
    QTest::sendKeyEvent(QTest::Click, &window, Qt::Key(0x0641), QStringLiteral("ف"),
                        Qt::AltModifier);
    QTRY_COMPARE(clicked.count(), 1); // a mnemonic animates the click first
    MnemonicStyle::applyFor(QStringLiteral("en"));
}

void tst_Mirroring::otherLanguagesKeepTheUnderline()
{
    const QString before = QApplication::style()->name();
    for (const char *code : {"en", "de", "fr", "es", "nl", "pt-BR"}) {
        MnemonicStyle::applyFor(QString::fromLatin1(code));
        QVERIFY2(!qobject_cast<MnemonicStyle *>(QApplication::style()), code);
        QVERIFY(QApplication::style()->styleHint(QStyle::SH_UnderlineShortcut) != 0);
    }
    MnemonicStyle::applyFor(QStringLiteral("ar"));
    QCOMPARE(QApplication::style()->styleHint(QStyle::SH_UnderlineShortcut), 0);
    MnemonicStyle::applyFor(QStringLiteral("fr"));
    // The same style as before, underlines back.
    QCOMPARE(QApplication::style()->name().toLower(), before.toLower());
}

QTEST_MAIN(tst_Mirroring)
#include "tst_mirroring.moc"
