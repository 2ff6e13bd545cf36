// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Dataflow::Core {

/** One HTTP request as sent (or to be sent): for logs, "Details…" and curl exports. Value type. */
struct HttpRecord
{
    QByteArray method; ///< "GET", "POST", …
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; ///< in send order, names as given
    QByteArray body;

    /** Value of the first header named @p name (case-insensitive), or a null QByteArray. */
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace Dataflow::Core
