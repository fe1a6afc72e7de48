#include "runner/rolecardsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

RoleCardsDialog::RoleCardsDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent), mCards(scenario), mScenarioId(scenario.id)
{
    setWindowTitle(tr("Role cards — %1").arg(scenario.title.simplified()));
    setAccessibleName(tr("Role cards"));

    auto *intro = new QLabel(tr("Each card is private to its role. Print them or save them as a "
                                "PDF, cut them apart and hand them out face down."),
                             this);
    intro->setWordWrap(true);

    mView = new QTextBrowser(this);
    mView->setObjectName(QStringLiteral("roleCardsView"));
    mView->setOpenLinks(false);
    mView->setAccessibleName(tr("Role cards"));
    mView->setAccessibleDescription(tr("Every role's name and private brief, and the observer "
                                       "checklist"));

    mPerPage = new QComboBox(this);
    mPerPage->setObjectName(QStringLiteral("cardsPerPage"));
    mPerPage->addItem(tr("One card per page"), 1);
    mPerPage->addItem(tr("Two cards per page"), 2);
    mPerPage->setAccessibleName(tr("Cards per page"));
    auto *perPageLabel = new QLabel(tr("&Layout:"), this);
    perPageLabel->setBuddy(mPerPage);

    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("roleCardsStatus"));
    mStatus->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printCards"));
    printButton->setAccessibleName(tr("Print the role cards"));
    QPushButton *pdfButton = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("saveCardsPdf"));
    pdfButton->setAccessibleName(tr("Save the role cards as a PDF file"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the role cards"));
    connect(printButton, &QPushButton::clicked, this, &RoleCardsDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &RoleCardsDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *options = new QHBoxLayout;
    options->addWidget(perPageLabel);
    options->addWidget(mPerPage);
    options->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(mView, 1);
    layout->addLayout(options);
    layout->addWidget(mStatus);
    layout->addWidget(buttons);

    refresh();
    const int line = fontMetrics().height();
    resize(line * 40, line * 34);
}

int RoleCardsDialog::cardsPerPage() const
{
    return mPerPage->currentData().toInt();
}

void RoleCardsDialog::setCardsPerPage(int cards)
{
    mPerPage->setCurrentIndex(cards == 2 ? 1 : 0);
}

bool RoleCardsDialog::savePdf(const QString &path, QString *error)
{
    if (!mCards.writePdf(path, cardsPerPage(), error))
        return false;
    mStatus->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    emit pdfSaved(path);
    return true;
}

void RoleCardsDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Role cards: %1").arg(mCards.scenarioTitle()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print role cards"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!mCards.paint(&printer, cardsPerPage()))
        QMessageBox::warning(this, tr("Print role cards"),
                             tr("The role cards could not be printed."));
}

void RoleCardsDialog::saveAsPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("%1-role-cards.pdf").arg(mScenarioId));
    QString path = QFileDialog::getSaveFileName(this, tr("Save role cards as PDF"), suggested,
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!savePdf(path, &error))
        QMessageBox::warning(this, tr("Save role cards as PDF"), error);
}

void RoleCardsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
    QDialog::changeEvent(event);
}

void RoleCardsDialog::refresh()
{
    mView->setHtml(mCards.html(palette().color(QPalette::PlaceholderText).name()));
}
