#include "console/helpdialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

#include <functional>

namespace {

QString keyText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        if (!key.isEmpty())
            keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text.remove(QChar(0x2026)); // "…"
    return text.trimmed();
}

// The part of the window an action outside the menus belongs to: the nearest widget above it
// with a name a person can read.
QString placeOf(const QAction *action)
{
    for (const QObject *o = action->parent(); o; o = o->parent()) {
        if (const auto *w = qobject_cast<const QWidget *>(o)) {
            // "Scenario runner: <title>" names the part, not the scenario that runs in it.
            if (!w->accessibleName().isEmpty())
                return w->accessibleName().section(QStringLiteral(": "), 0, 0);
            if (w->isWindow() && !w->windowTitle().isEmpty())
                return w->windowTitle();
        }
    }
    return ShortcutsDialog::tr("Other");
}

} // namespace

WorkshopGuideDialog::WorkshopGuideDialog(const QHash<QString, QKeySequence> &keys, QWidget *parent)
    : QDialog(parent), mText(new QTextBrowser(this))
{
    setWindowTitle(tr("Workshop Guide"));
    setObjectName(QStringLiteral("workshopGuide"));
    const auto key = [&keys](const QString &what) {
        const QKeySequence k = keys.value(what);
        return k.isEmpty() ? QString() : QStringLiteral(" (<b>%1</b>)").arg(keyText(k));
    };
    QString html = QStringLiteral("<h2>%1</h2><ol>").arg(tr("A workshop with Upstander"));
    html += QStringLiteral("<li><p><b>%1</b> %2</p></li>")
                .arg(tr("Session."),
                     tr("Start a new session%1: a title, the date, the group's language and "
                        "k, the smallest group whose answers are shown. Open the audience "
                        "window on the projector%2.")
                         .arg(key(QStringLiteral("new")), key(QStringLiteral("audience"))));
    html += QStringLiteral("<li><p><b>%1</b> %2</p></li>")
                .arg(tr("Baseline."),
                     tr("Ask \"Where are you today?\". Invite phones%1, or count the group "
                        "standing on the line with keys 1 to 5 (undo with %2), or pass the "
                        "laptop round in the hot seat. Results stay hidden until you reveal "
                        "them.")
                         .arg(key(QStringLiteral("invite")),
                              keyText(keys.value(QStringLiteral("undo")))));
    html += QStringLiteral("<li><p><b>%1</b> %2</p></li>")
                .arg(tr("Scenarios."),
                     tr("Find a scenario in the library%1 and run it. Read the scene, hand "
                        "out the role cards, start the round's timer%2. At a decision the "
                        "group votes; reveal the stages, follow the branch, debrief.")
                         .arg(key(QStringLiteral("find")), key(QStringLiteral("timer"))));
    html +=
        QStringLiteral("<li><p><b>%1</b> %2</p></li>")
            .arg(tr("Close."), tr("Ask where people are now (\"after\"), and invite each person to "
                                  "write one action for the next two weeks. Commitments stay "
                                  "anonymous."));
    html += QStringLiteral("<li><p><b>%1</b> %2</p></li>")
                .arg(tr("Review."),
                     tr("Look at the charts together: where the group stands, before and "
                        "after, the decisions. Export the report%1.")
                         .arg(key(QStringLiteral("report"))));
    html += QStringLiteral("<li><p><b>%1</b> %2</p></li>")
                .arg(tr("Follow-up."),
                     tr("Some weeks later run a short session for the same cohort: did people "
                        "do what they committed to? The trend shows the sessions side by "
                        "side."));
    html += QStringLiteral("</ol><p>%1</p>")
                .arg(tr("Every key: Help ▸ Keyboard Shortcuts. Numbers below k are never shown "
                        "on the projector or the phones."));
    mText->setHtml(html);
    mText->setAccessibleName(tr("Workshop Guide"));
    mText->setOpenLinks(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mText);
    layout->addWidget(buttons);
    resize(560, 520);
    mText->setFocus();
}

QString WorkshopGuideDialog::guideText() const
{
    return mText->toPlainText();
}

QString ShortcutsDialog::commandText(const QAction *action)
{
    return plain(action->text());
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent), mTable(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("keyboardShortcuts"));
    mTable->setObjectName(QStringLiteral("shortcutTable"));
    mTable->setHorizontalHeaderLabels({tr("Where"), tr("Command"), tr("Keys")});
    mTable->setAccessibleName(tr("Keyboard Shortcuts"));
    mTable->setAccessibleDescription(
        tr("One row per command: where it is, what it does, its keys"));
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setTabKeyNavigation(false);
    mTable->horizontalHeader()->setStretchLastSection(true);

    QSet<const QAction *> listed;
    const auto add = [this, &listed](const QString &place, const QAction *action) {
        if (listed.contains(action) || keysOf(action).isEmpty() || action->isSeparator())
            return;
        listed.insert(action);
        const int row = mTable->rowCount();
        mTable->insertRow(row);
        mTable->setItem(row, 0, new QTableWidgetItem(place));
        mTable->setItem(row, 1, new QTableWidgetItem(commandText(action)));
        mTable->setItem(row, 2, new QTableWidgetItem(keysOf(action)));
    };
    // The menus first, in the menu bar's order, submenus under their own title.
    std::function<void(const QString &, const QMenu *)> walk = [&](const QString &place,
                                                                   const QMenu *menu) {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                walk(place + QStringLiteral(" ▸ ") + plain(action->text()), action->menu());
            else
                add(place, action);
        }
    };
    if (const auto *bar = window->findChild<QMenuBar *>()) {
        for (const QAction *action : bar->actions())
            if (action->menu())
                walk(plain(action->text()), action->menu());
    }
    // Then every other action of the window with a key.
    for (const QAction *action : window->findChildren<QAction *>())
        add(placeOf(action), action);
    mTable->resizeColumnsToContents();
    // The place names of the runner's parts can be long: they never push the keys out of sight.
    mTable->setColumnWidth(0, std::min(mTable->columnWidth(0), 220));
    mTable->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addWidget(buttons);
    resize(760, 560);
    mTable->setFocus();
}
