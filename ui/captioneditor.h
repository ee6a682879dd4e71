#pragma once

#include <QLineEdit>

namespace conlab {

// The small input over the timeline where a caption's text is typed: Enter keeps it, Esc drops
// it, and clicking elsewhere keeps it too (as renaming a file does). It looks like the note it
// becomes, in the theme of the moment.
class CaptionEditor : public QLineEdit
{
    Q_OBJECT

public:
    explicit CaptionEditor(QWidget *parent = nullptr);

    // Shows the input with `text`, all selected, and takes the focus; the caller places it.
    void open(const QString &text, qreal fontPixels);
    bool isOpen() const { return isVisible(); }
    // Closes it as Enter would (the text is kept), or without a word (no signal at all).
    void accept() { finish(true); }
    void dismiss();

signals:
    void accepted(const QString &text);
    void cancelled();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool keep);
    bool m_finishing = false; // hiding takes the focus away: that is no second answer
};

} // namespace conlab
