#include "captioneditor.h"

#include "timelinetheme.h"
#include "trace/caption.h"

#include <QKeyEvent>

namespace conlab {

CaptionEditor::CaptionEditor(QWidget *parent)
    : QLineEdit(parent)
{
    setMaxLength(int(kMaxCaptionChars));
    setPlaceholderText(tr("Caption: Enter keeps it, Esc cancels"));
    setToolTip(tr("A note pinned to this moment of the lane. It is saved with the run and shown in "
                  "exported pictures. Leave it empty to remove the caption."));
    hide();
}

void CaptionEditor::open(const QString &text, qreal fontPixels)
{
    const auto hex = [](const QColor &c) { return c.name(QColor::HexRgb); };
    setStyleSheet(QStringLiteral("QLineEdit { background: %1; color: %2; border: 2px solid %3; border-radius: 3px;"
                                 " padding: 0px 3px; selection-background-color: %3; selection-color: %1; }")
                      .arg(hex(TimelineTheme::captionFill()), hex(TimelineTheme::captionText()),
                           hex(TimelineTheme::captionEdge())));
    setFont(TimelineTheme::font(fontPixels));
    setText(text);
    selectAll();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void CaptionEditor::dismiss()
{
    m_finishing = true;
    hide();
    m_finishing = false;
}

// Esc and Enter are the input's own while it is open, before any shortcut of the window (Esc
// also leaves presentation mode).
bool CaptionEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void CaptionEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: finish(true); break;
    case Qt::Key_Escape: finish(false); break;
    default: QLineEdit::keyPressEvent(event); return;
    }
    event->accept();
}

void CaptionEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A menu or a tooltip taking the focus for a moment is not the user leaving.
    if (isVisible() && event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        finish(true);
}

void CaptionEditor::finish(bool keep)
{
    if (m_finishing || !isVisible())
        return;
    m_finishing = true;
    const QString typed = text();
    // The focus goes back to the timeline, not to whatever widget comes next in the window;
    // unless the user took it elsewhere, which is how this ended.
    if (hasFocus() && parentWidget())
        parentWidget()->setFocus(Qt::OtherFocusReason);
    hide();
    m_finishing = false;
    if (keep)
        emit accepted(typed);
    else
        emit cancelled();
}

} // namespace conlab
