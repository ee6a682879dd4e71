#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace conlab {

// Words and a verdict for one outcome of many runs, keyed as the scenario's outcomeKeys()
// say. The account race's keys (final_balance, withdrawals_ok) are judged against the money:
// right when the balance never went below 0 and balance + paid out = starting balance.
class Outcome
{
    Q_DECLARE_TR_FUNCTIONS(Outcome)

public:
    enum class Verdict { Unknown, Right, Overdrawn, MoneyCreated };

    Outcome(const QStringList &keys, const QList<qint64> &values, const QVariantMap &params);

    // "balance 20 · 1 withdrawal"
    QString label() const;
    Verdict verdict() const { return m_verdict; }
    QString verdictText() const;
    // What a verdict means, in a sentence for the foot of a picture.
    static QString explanation(Verdict verdict);
    QColor color() const;
    bool isWrong() const { return m_verdict == Verdict::Overdrawn || m_verdict == Verdict::MoneyCreated; }
    qint64 value(const QString &key) const;

    // Display order: highest final value first, then fewer successes first.
    static bool before(const QList<qint64> &a, const QList<qint64> &b);

private:
    QStringList m_keys;
    QList<qint64> m_values;
    Verdict m_verdict = Verdict::Unknown;
};

} // namespace conlab
