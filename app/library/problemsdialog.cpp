#include "library/problemsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ProblemsDialog::ProblemsDialog(const Diagnostics &problems, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Scenario files with problems"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These files in your scenario folder were not loaded. Fix the "
                                "problems below and choose File → Reload Library."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QStringList lines;
    for (const Diagnostic &d : problems)
        lines.append(d.toString());
    auto *text = new QPlainTextEdit(lines.join(QLatin1Char('\n')), this);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setAccessibleName(tr("Problems"));
    intro->setBuddy(text);
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}
