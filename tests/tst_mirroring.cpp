// Right to left: the console's custom-painted widgets put what belongs at the start of a line
// on the right when the layout is mirrored (Arabic, or -reverse), and on the left otherwise;
// Arabic words with a mnemonic in them stay whole.

#include "console/consolestyle.h"
#include "runner/notespanel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
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
    void iconButtonsKeepIconAndTextTogether_data();
    void iconButtonsKeepIconAndTextTogether();
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
    ConsoleStyle::applyFor(QStringLiteral("ar"));
    QVERIFY(qobject_cast<ConsoleStyle *>(QApplication::style()));
    QCOMPARE(tabImage(withMnemonic), tabImage(plain));
    ConsoleStyle::applyFor(QStringLiteral("en"));
}

void tst_Mirroring::mnemonicsStillWorkWithoutTheUnderline()
{
    ConsoleStyle::applyFor(QStringLiteral("ar"));
    QWidget window;
    auto *button = new QPushButton(QStringLiteral("ح&فظ"), &window); // "Save", mnemonic ف
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy clicked(button, &QPushButton::clicked);
    QTest::sendKeyEvent(QTest::Click, &window, Qt::Key(0x0641), QStringLiteral("ف"),
                        Qt::AltModifier);
    QTRY_COMPARE(clicked.count(), 1); // a mnemonic animates the click first
    ConsoleStyle::applyFor(QStringLiteral("en"));
}

void tst_Mirroring::otherLanguagesKeepTheUnderline()
{
    for (const char *code : {"en", "de", "fr", "es", "nl", "pt-BR"}) {
        ConsoleStyle::applyFor(QString::fromLatin1(code));
        QVERIFY2(QApplication::style()->styleHint(QStyle::SH_UnderlineShortcut) != 0, code);
    }
    ConsoleStyle::applyFor(QStringLiteral("ar"));
    QCOMPARE(QApplication::style()->styleHint(QStyle::SH_UnderlineShortcut), 0);
    ConsoleStyle::applyFor(QStringLiteral("fr"));
    QVERIFY(QApplication::style()->styleHint(QStyle::SH_UnderlineShortcut) != 0);
}

void tst_Mirroring::iconButtonsKeepIconAndTextTogether_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    QTest::newRow("right to left") << Qt::RightToLeft;
}

void tst_Mirroring::iconButtonsKeepIconAndTextTogether()
{
    // A tally button: a stage's colour chip and its name, centred together, the chip at the
    // start of the line. Qt 6.4 alone puts the text against the left edge right to left.
    QFETCH(Qt::LayoutDirection, direction);
    ConsoleStyle::applyFor(QStringLiteral("en"));
    // The whole console turned, as an Arabic catalogue turns it.
    QApplication::setLayoutDirection(direction);
    const auto restore = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
    QPushButton button(QStringLiteral("&1  Bystander"));
    QPixmap chip(24, 24);
    chip.fill(QColor(255, 0, 0));
    button.setIcon(QIcon(chip));
    button.setIconSize(QSize(24, 24));
    button.resize(600, 50);
    const QImage image = button.grab().toImage();
    int chipLeft = image.width(), chipRight = -1, textLeft = image.width(), textRight = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 8; y < image.height() - 8; ++y) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 60 && c.blue() < 60) {
                chipLeft = std::min(chipLeft, x);
                chipRight = std::max(chipRight, x);
            } else if (x > 4 && x < image.width() - 4 && c.lightness() < 110) {
                textLeft = std::min(textLeft, x);
                textRight = std::max(textRight, x);
            }
        }
    }
    QVERIFY2(chipRight >= 0 && textRight >= 0, "chip and text are drawn");
    const bool rtl = direction == Qt::RightToLeft;
    if (rtl)
        QVERIFY2(textRight < chipLeft, "the text comes after the chip, to its left");
    else
        QVERIFY2(chipRight < textLeft, "the text comes after the chip, to its right");
    // Centred as a pair: as much room on either side, give or take a few pixels.
    const int left = std::min(chipLeft, textLeft);
    const int right = image.width() - 1 - std::max(chipRight, textRight);
    QVERIFY2(qAbs(left - right) < 24,
             qPrintable(QStringLiteral("%1 px left, %2 px right").arg(left).arg(right)));
}

QTEST_MAIN(tst_Mirroring)
#include "tst_mirroring.moc"
