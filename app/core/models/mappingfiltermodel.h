// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace Dataflow::Core {

/**
 * Row filter for the mapping table over a MappingModel: by state (all, problems, warnings,
 * suggestions, rows without a destination) and by text (case-insensitive substring of the source
 * or the destination). Sorting is left to QSortFilterProxyModel (by display text). GUI thread.
 */
class MappingFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingFilterModel)

public:
    enum class Show { All, Errors, Warnings, Suggested, WithoutDestination };
    Q_ENUM(Show)

    explicit MappingFilterModel(QObject *parent = nullptr);
    ~MappingFilterModel() override;

    Show show() const { return m_show; }
    void setShow(Show show);
    QString text() const { return m_text; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_text;
};

} // namespace Dataflow::Core
