// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace Dataflow::Sandbox {

/** Sandbox time: real time since start × speed, plus an offset moved by advance(). */
class SandboxClock final
{
public:
    explicit SandboxClock(double speed = 1.0)
        : m_startMs(QDateTime::currentMSecsSinceEpoch())
        , m_speed(speed > 0 ? speed : 1.0)
    {
        m_elapsed.start();
    }

    qint64 nowMs() const { return m_startMs + qint64(double(m_elapsed.elapsed()) * m_speed) + m_offsetMs; }
    qint64 nowSeconds() const { return nowMs() / 1000; }
    void advance(qint64 ms) { m_offsetMs += ms; }
    qint64 offsetMs() const { return m_offsetMs; }
    void setOffsetMs(qint64 offset) { m_offsetMs = offset; }

private:
    qint64 m_startMs;
    double m_speed;
    qint64 m_offsetMs = 0;
    QElapsedTimer m_elapsed;
};

} // namespace Dataflow::Sandbox
