#include "scenariolist.h"

#include "scenarios/scenario.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace conlab {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kSummaryRole = Qt::UserRole + 1;

// Title in bold, the description under it in a quieter colour, wrapped to two lines at most.
class ScenarioDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QRect r = opt.rect.adjusted(10, 6, -8, -6);
        QFont title = opt.font;
        title.setBold(true);
        p->save();
        p->setFont(title);
        p->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const int titleHeight = QFontMetrics(title).height();
        p->drawText(QRect(r.left(), r.top(), r.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                    index.data(Qt::DisplayRole).toString());
        p->setFont(opt.font);
        QColor muted = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        p->setPen(muted);
        p->drawText(QRect(r.left(), r.top() + titleHeight + 2, r.width(), r.height() - titleHeight - 2),
                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, index.data(kSummaryRole).toString());
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {200, fm.height() * 3 + 16};
    }
};

} // namespace

ScenarioList::ScenarioList(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new ScenarioDelegate(this));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(true);
    for (const Scenario *s : scenarios()) {
        const ScenarioInfo &info = s->info();
        auto *item = new QListWidgetItem(QCoreApplication::translate("Scenario", info.title), this);
        item->setData(kIdRole, QLatin1String(info.id));
        const QString summary = QCoreApplication::translate("Scenario", info.summary);
        item->setData(kSummaryRole, summary);
        item->setToolTip(summary);
    }
    connect(this, &QListWidget::currentRowChanged, this, [this] { emit scenarioChosen(current()); });
}

const Scenario *ScenarioList::current() const
{
    const QListWidgetItem *item = currentItem();
    return item ? findScenario(item->data(kIdRole).toString()) : nullptr;
}

bool ScenarioList::select(const QString &id)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kIdRole).toString() == id) {
            setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void ScenarioList::stepScenario(int by)
{
    const int n = count();
    if (n > 0)
        setCurrentRow(((currentRow() + by) % n + n) % n);
}

} // namespace conlab
