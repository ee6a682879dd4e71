#include "outcome.h"

#include "timelinetheme.h"

namespace conlab {

namespace {
const QString kFinal = QStringLiteral("final_balance");
const QString kOk = QStringLiteral("withdrawals_ok");
} // namespace

Outcome::Outcome(const QStringList &keys, const QList<qint64> &values, const QVariantMap &params)
    : m_keys(keys)
    , m_values(values)
{
    if (!keys.contains(kFinal) || !keys.contains(kOk) || !params.contains(QStringLiteral("amount")) ||
        !params.contains(QStringLiteral("balance")))
        return;
    const qint64 final = value(kFinal);
    const qint64 paid = value(kOk) * params.value(QStringLiteral("amount")).toLongLong();
    const qint64 start = params.value(QStringLiteral("balance")).toLongLong();
    if (final < 0)
        m_verdict = Verdict::Overdrawn;
    else if (final + paid != start)
        m_verdict = Verdict::MoneyCreated;
    else
        m_verdict = Verdict::Right;
}

qint64 Outcome::value(const QString &key) const
{
    const qsizetype i = m_keys.indexOf(key);
    return i >= 0 && i < m_values.size() ? m_values[i] : 0;
}

QString Outcome::label() const
{
    if (m_verdict != Verdict::Unknown) {
        const qint64 ok = value(kOk);
        const QString withdrawals = ok == 1 ? tr("1 withdrawal") : tr("%1 withdrawals").arg(ok);
        return tr("balance %1 · %2").arg(value(kFinal)).arg(withdrawals);
    }
    QStringList parts;
    for (qsizetype i = 0; i < m_keys.size() && i < m_values.size(); ++i)
        parts << m_keys[i] + QLatin1Char(' ') + QString::number(m_values[i]);
    return parts.join(QStringLiteral(" · "));
}

QString Outcome::verdictText() const
{
    switch (m_verdict) {
    case Verdict::Right: return tr("right");
    case Verdict::Overdrawn: return tr("overdrawn");
    case Verdict::MoneyCreated: return tr("money from nowhere");
    case Verdict::Unknown: break;
    }
    return {};
}

QString Outcome::explanation(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Right: return tr("Right: the balance never went below 0 and balance + paid out = the starting balance.");
    case Verdict::Overdrawn:
        return tr("Overdrawn: threads passed if balance >= amount before another subtracted, then all subtracted "
                  "(a stale check).");
    case Verdict::MoneyCreated:
        return tr("Money from nowhere: a thread stored a balance computed from a load that another thread's store "
                  "had already made stale (a lost update).");
    case Verdict::Unknown: break;
    }
    return {};
}

QColor Outcome::color() const
{
    switch (m_verdict) {
    case Verdict::Right: return TimelineTheme::correct();
    case Verdict::Overdrawn: return TimelineTheme::damage();
    case Verdict::MoneyCreated: return QColor(0xe6, 0x9f, 0x00); // orange: wrong in another way
    case Verdict::Unknown: break;
    }
    return QColor(0x00, 0x72, 0xb2);
}

bool Outcome::before(const QList<qint64> &a, const QList<qint64> &b)
{
    // Keys are (final value, successes): higher final first, then fewer successes.
    if (a.isEmpty() || b.isEmpty() || a[0] != b[0])
        return !a.isEmpty() && (b.isEmpty() || a[0] > b[0]);
    return a.mid(1) < b.mid(1);
}

} // namespace conlab
