#include "stepmodel.h"

#include "timelinelayout.h"
#include "tracequery.h"

#include <QRegularExpression>

namespace conlab {

namespace {

// The code part of a Python line: everything before a '#' that is outside a string.
QString stripComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            return line.left(i).trimmed();
        }
    }
    return line.trimmed();
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Replaces the whole word `name` by `value` outside string literals, and not after a '.'
// (an attribute of the same name is another thing).
QString substitute(const QString &code, const QString &name, const QString &value)
{
    QString out;
    QChar quote;
    for (qsizetype i = 0; i < code.size();) {
        const QChar c = code[i];
        if (!quote.isNull() || c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = quote.isNull() ? c : (c == quote ? QChar() : quote);
            out += c;
            ++i;
            continue;
        }
        const bool starts = code.mid(i, name.size()) == name && (i == 0 || (!isNameChar(code[i - 1]) &&
                                                                             code[i - 1] != QLatin1Char('.')));
        const qsizetype end = i + name.size();
        if (starts && (end >= code.size() || !isNameChar(code[end]))) {
            out += value;
            i = end;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

// The value a counter had at time t (the last change at or before it).
bool counterAt(const Trace &trace, int lane, int name, qint64 t, double *value)
{
    bool found = false;
    for (const Event &e : trace.events(lane)) {
        if (e.t > t)
            break;
        if (e.type == EventType::Counter && e.label == name) {
            *value = e.value;
            found = true;
        }
    }
    return found;
}

} // namespace

StepModel::StepModel(const QString &listing, const QVariantMap &params)
    : m_lines(listing.split(QLatin1Char('\n')))
    , m_params(params)
{
}

QStringList StepModel::functionParams(int line) const
{
    static const QRegularExpression def(QStringLiteral("^(\\s*)def\\s+\\w+\\s*\\(([^)]*)\\)"));
    const QString text = m_lines.value(line - 1);
    qsizetype indent = 0;
    while (indent < text.size() && text[indent].isSpace())
        ++indent;
    for (int i = line - 2; i >= 0; --i) {
        const QRegularExpressionMatch m = def.match(m_lines[i]);
        if (m.hasMatch() && m.capturedLength(1) < indent) {
            QStringList names;
            for (const QString &p : m.captured(2).split(QLatin1Char(',')))
                names << p.section(QLatin1Char('='), 0, 0).trimmed();
            return names;
        }
    }
    return {};
}

QString StepModel::code(int line, const QString &action) const
{
    if (line < 1 || line > m_lines.size())
        return action;
    QString text = stripComment(m_lines[line - 1]);
    static const QRegularExpression with(QStringLiteral("^with\\s+([\\w.]+)\\s*:$"));
    const QRegularExpressionMatch m = with.match(text);
    if (m.hasMatch() && (action == QLatin1String("acquire") || action == QLatin1String("release")))
        return m.captured(1) + QLatin1Char('.') + action + QStringLiteral("()");
    for (const QString &name : functionParams(line)) {
        QString id = name;
        id.replace(QLatin1Char('_'), QLatin1Char('-'));
        if (m_params.contains(id) && m_params.value(id).typeId() != QMetaType::Bool)
            text = substitute(text, name, m_params.value(id).toString());
    }
    return text;
}

QString StepModel::liveValues(const Trace &trace, int lane, const QString &action) const
{
    QStringList parts;
    int shared = -1, sharedLane = -1;
    for (const TimelineLayout::Entry &e : TimelineLayout::order(trace)) {
        for (int name : TimelineLayout::counters(trace, e.lane)) {
            double v = 0;
            if (TraceQuery::lastCounterValue(trace, e.lane, name, &v))
                parts << trace.label(name) + QStringLiteral(" = ") + number(v);
            if (shared < 0) {
                shared = name;
                sharedLane = e.lane;
            }
        }
    }
    // Expanded read-modify-write (load, subtract, store): the lane's own copy of the value is
    // what it loaded, read off the shared counter at the moment of its load step.
    if (shared >= 0 && (action == QLatin1String("subtract") || action == QLatin1String("store"))) {
        const auto &events = trace.events(lane);
        for (auto it = events.rbegin(); it != events.rend(); ++it) {
            if (it->type != EventType::Step || trace.label(it->label) != QLatin1String("load"))
                continue;
            double loaded = 0;
            if (counterAt(trace, sharedLane, shared, it->t, &loaded)) {
                if (action == QLatin1String("store"))
                    loaded -= m_params.value(QStringLiteral("amount")).toDouble();
                parts << tr("local %1 = %2").arg(trace.label(shared), number(loaded));
            }
            break;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

std::vector<LaneStep> StepModel::lanes(const Trace &trace, const std::vector<StepGate::LaneView> &gate) const
{
    std::vector<LaneStep> out;
    for (const StepGate::LaneView &v : gate) {
        LaneStep s;
        s.number = v.number;
        s.lane = v.lane;
        s.phase = v.phase;
        const Lane *lane = trace.lane(v.lane);
        s.name = lane ? lane->name : QStringLiteral("#%1").arg(v.number);
        const QString action = v.action >= 0 ? trace.label(v.action) : QString();
        switch (v.phase) {
        case StepGate::Phase::Parked:
            s.code = code(v.line, action);
            s.values = liveValues(trace, v.lane, action);
            s.canStep = true;
            break;
        case StepGate::Phase::Running:
            s.code = v.line > 0 ? tr("moving to its next step…") : tr("starting…");
            s.canStep = true;
            break;
        case StepGate::Phase::Blocked: s.code = tr("waiting for the lock"); break;
        case StepGate::Phase::Finished: s.code = tr("done"); break;
        }
        out.push_back(s);
    }
    return out;
}

bool StepModel::settled(const std::vector<StepGate::LaneView> &gate)
{
    return !gate.empty() && std::none_of(gate.begin(), gate.end(), [](const StepGate::LaneView &v) {
        return v.phase == StepGate::Phase::Running;
    });
}

QString StepModel::scheduleText(const std::vector<int> &schedule)
{
    QStringList parts;
    parts.reserve(qsizetype(schedule.size()));
    for (int n : schedule)
        parts << QString::number(n);
    return parts.join(QLatin1Char(','));
}

} // namespace conlab
