#pragma once

#include <QWidget>

// A projector view that shows what does not fit one screen a page at a time: the console steps
// it with nextPage() and previousPage() (the projector never takes the keyboard), and a click on
// it steps on, from the last page back to the first. Subclasses lay out their pages and say
// how many there are; the page shown is mPage.
class PagedView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    int page() const { return mPage; }
    virtual int pageCount() const = 0;

    // The room's language changed: the names, descriptions and painted texts in it.
    void roomLanguageChanged()
    {
        describe();
        update();
    }

public slots:
    void nextPage();
    void previousPage();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    // Shows page `page` (the accessible description follows).
    void showPage(int page);
    virtual void describe() = 0;

    int mPage = 0;
};
