#include "runner/notespanel.h"

#include "runner/uisizes.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr int AccentWidth = 6;
constexpr qreal Radius = 6;
} // namespace

NotesPanel::NotesPanel(QWidget *parent) : QFrame(parent)
{
    setAccessibleName(tr("Facilitator notes"));
    setAccessibleDescription(tr("Private notes for the facilitator; never shown on the projector"));
    mHeading = new QLabel(tr("Facilitator notes"), this);
    mHeading->setObjectName(QStringLiteral("notesHeading"));
    mWhere = new QLabel(tr("Only on this screen, never on the projector"), this);
    mWhere->setWordWrap(true);
    mWhere->setForegroundRole(QPalette::PlaceholderText);
    mBody = new QLabel(this);
    mBody->setObjectName(QStringLiteral("notesText"));
    mBody->setWordWrap(true);
    mBody->setTextFormat(Qt::PlainText);
    mBody->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mBody->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(mHeading);
    layout->addWidget(mWhere);
    layout->addSpacing(8);
    layout->addWidget(mBody, 1);
    applyFonts();
    applyMargins();
    setNotes(QString());
}

void NotesPanel::setNotes(const QString &notes)
{
    mNotes = notes.simplified();
    if (mNotes.isEmpty()) {
        mBody->setText(tr("No notes for this step."));
        mBody->setForegroundRole(QPalette::PlaceholderText);
    } else {
        mBody->setText(mNotes);
        mBody->setForegroundRole(QPalette::WindowText);
    }
    mBody->setAccessibleName(tr("Facilitator notes: %1").arg(mBody->text()));
}

void NotesPanel::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath card;
    card.addRoundedRect(box, Radius, Radius);
    // A tint of the highlight colour over the base: visibly "another kind of text" in both modes.
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlphaF(0.10);
    painter.fillPath(card, palette().color(QPalette::Base));
    painter.fillPath(card, tint);
    painter.setClipPath(card);
    // The bar marks where the lines start: on the left, or on the right when mirrored.
    const QRect bar(0, 0, AccentWidth + 1, height());
    painter.fillRect(QStyle::visualRect(layoutDirection(), rect(), bar),
                     palette().color(QPalette::Highlight));
    painter.setClipping(false);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawPath(card);
    QFrame::paintEvent(event);
}

void NotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    else if (event->type() == QEvent::LayoutDirectionChange)
        applyMargins();
    QFrame::changeEvent(event);
}

void NotesPanel::applyFonts()
{
    QFont heading = font();
    heading.setBold(true);
    heading.setCapitalization(QFont::AllUppercase);
    heading.setLetterSpacing(QFont::PercentageSpacing, 106);
    mHeading->setFont(heading);
    mBody->setFont(UiSizes::scaledFont(font(), 1.15));
}

void NotesPanel::applyMargins()
{
    // A layout's margins are not mirrored with it: the room for the bar goes on its side.
    const int barSide = AccentWidth + 14;
    if (isRightToLeft())
        layout()->setContentsMargins(14, 12, barSide, 14);
    else
        layout()->setContentsMargins(barSide, 12, 14, 14);
}
