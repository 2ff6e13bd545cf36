// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QFormLayout;

namespace Dataflow::Gui {

/**
 * A form generated from a JSON Schema object (a connection spec's authSpec[].spec): one row per
 * property, in schema order where the spec gives one (else alphabetical), required ones marked.
 * Strings become line edits (masked when format is "password" or the name says secret, password or
 * token), enums combo boxes, booleans check boxes. Descriptions become tool tips and placeholders.
 * Values are read back as JSON; secrets can be read apart so they never reach a file.
 */
class JsonSchemaForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonSchemaForm)

public:
    explicit JsonSchemaForm(QWidget *parent = nullptr);
    ~JsonSchemaForm() override;

    /** Rebuilds the form; values pre-fill matching fields. */
    void setSchema(const QJsonObject &schema, const QJsonObject &values = {});
    QJsonObject schema() const { return m_schema; }

    /** Every non-empty value. */
    QJsonObject values() const;
    /** Non-empty values that are not secrets (safe to save). */
    QJsonObject publicValues() const;
    /** Non-empty secret values (memory only). */
    QJsonObject secretValues() const;
    QStringList secretNames() const { return m_secrets; }
    QStringList propertyNames() const { return m_order; }
    /** Required properties left empty, and values not matching their pattern, as field labels. */
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    /** Sets one field's text (tests, restoring). */
    void setValue(const QString &name, const QJsonValue &value);
    QWidget *editor(const QString &name) const { return m_editors.value(name); }

    static bool isSecretProperty(const QString &name, const QJsonObject &property);
    /** "environmentUrl" -> "Environment URL". */
    static QString humanize(const QString &name);

signals:
    void changed();

private:
    QJsonValue valueOf(const QString &name) const;
    void clearRows();

    QFormLayout *m_layout = nullptr;
    QJsonObject m_schema;
    QStringList m_order;
    QStringList m_required;
    QStringList m_secrets;
    QHash<QString, QWidget *> m_editors;
};

} // namespace Dataflow::Gui
