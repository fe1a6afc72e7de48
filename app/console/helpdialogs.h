#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>

class QTableWidget;
class QTextBrowser;

// Help ▸ Workshop Guide: a workshop with Upstander in six short steps (session, baseline,
// scenarios, close, review, follow-up), each with the keys it uses. The keys are passed in as
// the window's actions have them, so the guide never names a key the window does not answer to.
class WorkshopGuideDialog : public QDialog
{
    Q_OBJECT

public:
    // keys: an action's key by what it does ("new", "invite", "find", "undo", "timer",
    // "report", "audience"); a missing one is left out of the text.
    explicit WorkshopGuideDialog(const QHash<QString, QKeySequence> &keys,
                                 QWidget *parent = nullptr);

    QString guideText() const;

private:
    QTextBrowser *mText;
};

// Help ▸ Keyboard Shortcuts: every action of `window` that has a key, read from the window's
// real QActions when the dialog opens (never a list of its own), grouped by the menu that holds
// it; actions outside the menus (the scenario runner's, the panels') come after, by the part of
// the window they belong to. A table of three columns (where, command, keys) that a screen
// reader reads row by row.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *table() const { return mTable; }

    // The text a row shows for an action: its text without the & of the mnemonic and the "…".
    static QString commandText(const QAction *action);

private:
    QTableWidget *mTable;
};
