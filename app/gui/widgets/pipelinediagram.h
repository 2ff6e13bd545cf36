// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace Dataflow::Gui {

/**
 * The Review page's drawing of the pipeline: boxes left to right (source table → mapping → schema
 * → dataset), each with a title, a detail line (name) and a count line, joined by arrows. Painted
 * in paintEvent() with the palette's colours; the same content is given as the accessible
 * description. GUI thread.
 */
class PipelineDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineDiagram)

public:
    struct Node
    {
        QString title;  // "Source table"
        QString detail; // "Case"
        QString count;  // "12 columns"
        bool isNew = false; // drawn with a "new" badge: created by this dataflow
    };

    explicit PipelineDiagram(QWidget *parent = nullptr);
    ~PipelineDiagram() override;

    void setNodes(const QList<Node> &nodes);
    QList<Node> nodes() const { return m_nodes; }
    /** The diagram in words, one node per line ("Source table: Case (12 columns) → …"). */
    QString description() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Node> m_nodes;
};

} // namespace Dataflow::Gui
