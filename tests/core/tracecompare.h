#pragma once

// Compares two Traces as a user of them would: lanes, every event's fields (labels by their
// text), the run's metadata. The first difference is returned as text for the failure message.
#include "trace/trace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace conlab::test {

inline QString laneText(const Lane &l)
{
    return QStringLiteral("lane %1 %2 '%3' pid %4 ppid %5 tid %6 parent %7")
        .arg(l.id)
        .arg(laneKindName(l.kind))
        .arg(l.name)
        .arg(l.pid)
        .arg(l.ppid)
        .arg(l.tid)
        .arg(l.parent);
}

inline QString eventText(const Trace &t, const Event &e)
{
    return QStringLiteral("t %1 type %2 state %3 label '%4' aux %5 value %6")
        .arg(e.t)
        .arg(int(e.type))
        .arg(e.type == EventType::State ? stateName(e.state) : "-")
        .arg(t.label(e.label))
        .arg(e.aux)
        .arg(e.type == EventType::Counter ? e.value : 0.0);
}

inline QByteArray mapText(const QVariantMap &m)
{
    return QJsonDocument(QJsonObject::fromVariantMap(m)).toJson(QJsonDocument::Compact);
}

inline QString firstDifference(const Trace &a, const Trace &b)
{
    if (a.scenario != b.scenario || a.variant != b.variant || a.wallNs != b.wallNs || a.idealNs != b.idealNs ||
        a.endTime() != b.endTime() || a.schedule != b.schedule)
        return QStringLiteral("metadata differs");
    if (mapText(a.parameters) != mapText(b.parameters) || mapText(a.results) != mapText(b.results))
        return QStringLiteral("parameters or results differ");
    if (a.captions.size() != b.captions.size())
        return QStringLiteral("%1 vs %2 captions").arg(a.captions.size()).arg(b.captions.size());
    for (size_t i = 0; i < a.captions.size(); ++i) {
        const Caption &ca = a.captions[i], &cb = b.captions[i];
        if (!(ca == cb))
            return QStringLiteral("caption %1: lane %2 t %3 '%4' vs lane %5 t %6 '%7'")
                .arg(i)
                .arg(ca.lane)
                .arg(ca.t)
                .arg(ca.text)
                .arg(cb.lane)
                .arg(cb.t)
                .arg(cb.text);
    }
    if (a.lanes().size() != b.lanes().size() || a.eventCount() != b.eventCount())
        return QStringLiteral("%1 lanes, %2 events vs %3 lanes, %4 events")
            .arg(a.lanes().size())
            .arg(a.eventCount())
            .arg(b.lanes().size())
            .arg(b.eventCount());
    for (size_t l = 0; l < a.lanes().size(); ++l) {
        if (laneText(a.lanes()[l]) != laneText(b.lanes()[l]))
            return laneText(a.lanes()[l]) + QStringLiteral(" vs ") + laneText(b.lanes()[l]);
        const auto &ea = a.events(int(l));
        const auto &eb = b.events(int(l));
        if (ea.size() != eb.size())
            return QStringLiteral("lane %1: %2 vs %3 events").arg(l).arg(ea.size()).arg(eb.size());
        for (size_t i = 0; i < ea.size(); ++i) {
            if (eventText(a, ea[i]) != eventText(b, eb[i]) || ea[i].lane != eb[i].lane)
                return QStringLiteral("lane %1 event %2: %3 vs %4")
                    .arg(l)
                    .arg(i)
                    .arg(eventText(a, ea[i]), eventText(b, eb[i]));
        }
    }
    return {};
}

} // namespace conlab::test
