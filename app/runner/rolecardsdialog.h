#pragma once

#include "runner/rolecards.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTextBrowser;

// Every role's name and private brief, and the observer checklist, for the facilitator to
// read, print (QPrintDialog) or save as a PDF to print elsewhere. Console only: nothing here
// goes to the projector.
class RoleCardsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoleCardsDialog(const Scenario &scenario, QWidget *parent = nullptr);

    int cardsPerPage() const;
    void setCardsPerPage(int cards);
    // Writes the PDF without asking for a file name; false (and a message) on error.
    bool savePdf(const QString &path, QString *error);

public slots:
    void print();
    void saveAsPdf();

signals:
    void pdfSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    RoleCards mCards;
    QString mScenarioId;
    QTextBrowser *mView;
    QComboBox *mPerPage;
    QLabel *mStatus;
};
