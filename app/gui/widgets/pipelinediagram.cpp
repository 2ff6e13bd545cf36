// SPDX-License-Identifier: MIT
#include "widgets/pipelinediagram.h"

#include <QPainter>
#include <QPainterPath>

namespace Dataflow::Gui {

namespace {
constexpr int margin = 8;
constexpr int arrowWidth = 36;
constexpr int boxMinWidth = 120;
} // namespace

PipelineDiagram::PipelineDiagram(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Pipeline diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

PipelineDiagram::~PipelineDiagram() = default;

void PipelineDiagram::setNodes(const QList<Node> &nodes)
{
    m_nodes = nodes;
    setAccessibleDescription(description());
    setToolTip(description());
    updateGeometry();
    update();
}

QString PipelineDiagram::description() const
{
    QStringList parts;
    for (const Node &node : m_nodes) {
        QString text = node.title + QStringLiteral(": ") + node.detail;
        if (!node.count.isEmpty())
            text += QStringLiteral(" (") + node.count + QLatin1Char(')');
        if (node.isNew)
            text += QLatin1Char(' ') + tr("[new]");
        parts.append(text);
    }
    return parts.join(QStringLiteral(" → "));
}

QSize PipelineDiagram::sizeHint() const
{
    const int lines = fontMetrics().height();
    const int count = qMax(1, int(m_nodes.size()));
    return {count * (boxMinWidth + 40) + (count - 1) * arrowWidth + 2 * margin, 4 * lines + 2 * margin + 12};
}

QSize PipelineDiagram::minimumSizeHint() const
{
    const int lines = fontMetrics().height();
    const int count = qMax(1, int(m_nodes.size()));
    return {count * 80 + (count - 1) * 24 + 2 * margin, 4 * lines + 2 * margin + 12};
}

void PipelineDiagram::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_nodes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Nothing to draw yet"));
        return;
    }
    const int count = int(m_nodes.size());
    const int arrow = qMin(arrowWidth, width() / (count * 4));
    const qreal boxWidth = qreal(width() - 2 * margin - (count - 1) * arrow) / count;
    const qreal boxHeight = height() - 2 * margin;
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);

    const QColor fill = palette().color(QPalette::AlternateBase);
    const QColor border = palette().color(QPalette::Mid);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor text = palette().color(QPalette::Text);

    for (int i = 0; i < count; ++i) {
        const Node &node = m_nodes.at(i);
        const QRectF box(margin + i * (boxWidth + arrow), margin, boxWidth, boxHeight);
        QPainterPath path;
        path.addRoundedRect(box, 8, 8);
        painter.fillPath(path, fill);
        painter.setPen(QPen(node.isNew ? accent : border, node.isNew ? 2 : 1));
        painter.drawPath(path);

        const QRectF inner = box.adjusted(8, 6, -8, -6);
        const int line = metrics.height();
        painter.setPen(text);
        painter.setFont(bold);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(node.title, Qt::ElideRight, int(inner.width())));
        painter.setFont(font());
        painter.drawText(QRectF(inner.left(), inner.top() + line + 2, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(node.detail, Qt::ElideMiddle, int(inner.width())));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        QString last = node.count;
        if (node.isNew)
            last = last.isEmpty() ? tr("new") : tr("%1 · new").arg(last);
        painter.drawText(QRectF(inner.left(), inner.top() + 2 * line + 4, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(last, Qt::ElideRight, int(inner.width())));

        if (i + 1 < count) {
            const qreal y = box.center().y();
            const qreal x0 = box.right() + 4;
            const qreal x1 = box.right() + arrow - 4;
            painter.setPen(QPen(border, 2));
            painter.drawLine(QPointF(x0, y), QPointF(x1, y));
            QPainterPath head;
            head.moveTo(x1, y);
            head.lineTo(x1 - 7, y - 5);
            head.lineTo(x1 - 7, y + 5);
            head.closeSubpath();
            painter.fillPath(head, border);
        }
    }
}

} // namespace Dataflow::Gui
