// SPDX-License-Identifier: MIT
#include "widgets/jsonschemaform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>

namespace Dataflow::Gui {

JsonSchemaForm::JsonSchemaForm(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

JsonSchemaForm::~JsonSchemaForm() = default;

bool JsonSchemaForm::isSecretProperty(const QString &name, const QJsonObject &property)
{
    if (property.value(QStringLiteral("format")).toString() == QLatin1String("password"))
        return true;
    static const QRegularExpression secretName(QStringLiteral("password|secret|token|apikey"),
                                               QRegularExpression::CaseInsensitiveOption);
    return secretName.match(name).hasMatch();
}

QString JsonSchemaForm::humanize(const QString &name)
{
    QString out;
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (i > 0 && c.isUpper() && !name.at(i - 1).isUpper())
            out += QLatin1Char(' ');
        out += i == 0 ? c.toUpper() : c;
    }
    // Common acronyms read better in capitals.
    static const QStringList acronyms{QStringLiteral("Url"), QStringLiteral("Id"), QStringLiteral("Api")};
    QStringList words = out.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (acronyms.contains(word))
            word = word.toUpper();
    }
    return words.join(QLatin1Char(' '));
}

void JsonSchemaForm::clearRows()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_order.clear();
    m_required.clear();
    m_secrets.clear();
}

void JsonSchemaForm::setSchema(const QJsonObject &schema, const QJsonObject &values)
{
    clearRows();
    m_schema = schema;
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
        m_required.append(r.toString());

    // Required first, in the order the spec lists them, then the rest alphabetically.
    for (const QString &name : std::as_const(m_required)) {
        if (properties.contains(name))
            m_order.append(name);
    }
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!m_order.contains(it.key()))
            m_order.append(it.key());
    }

    for (const QString &name : std::as_const(m_order)) {
        const QJsonObject property = properties.value(name).toObject();
        const QString type = property.value(QStringLiteral("type")).toString();
        const QString description = property.value(QStringLiteral("description")).toString();
        QString label = property.value(QStringLiteral("title")).toString();
        if (label.isEmpty())
            label = humanize(name);
        const bool required = m_required.contains(name);
        const QJsonValue initial = values.value(name);

        QWidget *editor = nullptr;
        if (property.value(QStringLiteral("enum")).isArray()) {
            auto *combo = new QComboBox(this);
            if (!required)
                combo->addItem(QString());
            for (const QJsonValue &v : property.value(QStringLiteral("enum")).toArray())
                combo->addItem(v.toVariant().toString());
            if (!initial.isUndefined())
                combo->setCurrentText(initial.toVariant().toString());
            connect(combo, &QComboBox::currentTextChanged, this, &JsonSchemaForm::changed);
            editor = combo;
        } else if (type == QLatin1String("boolean")) {
            auto *check = new QCheckBox(this);
            check->setChecked(initial.toBool(property.value(QStringLiteral("default")).toBool()));
            connect(check, &QCheckBox::toggled, this, &JsonSchemaForm::changed);
            editor = check;
        } else {
            auto *edit = new QLineEdit(this);
            if (isSecretProperty(name, property)) {
                edit->setEchoMode(QLineEdit::Password);
                m_secrets.append(name);
            }
            if (!initial.isUndefined() && !m_secrets.contains(name))
                edit->setText(initial.toVariant().toString());
            if (!description.isEmpty())
                edit->setPlaceholderText(description);
            connect(edit, &QLineEdit::textChanged, this, &JsonSchemaForm::changed);
            editor = edit;
        }
        editor->setObjectName(name);
        editor->setToolTip(description);
        editor->setAccessibleName(label);
        editor->setAccessibleDescription(description);
        auto *labelWidget = new QLabel(required ? tr("%1: *").arg(label) : tr("%1:").arg(label), this);
        labelWidget->setBuddy(editor);
        m_layout->addRow(labelWidget, editor);
        m_editors.insert(name, editor);
    }
    emit changed();
}

QJsonValue JsonSchemaForm::valueOf(const QString &name) const
{
    QWidget *editor = m_editors.value(name);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QString text = m_secrets.contains(name) ? edit->text() : edit->text().trimmed();
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText().isEmpty() ? QJsonValue() : QJsonValue(combo->currentText());
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked();
    return {};
}

QJsonObject JsonSchemaForm::values() const
{
    QJsonObject out;
    for (const QString &name : m_order) {
        const QJsonValue v = valueOf(name);
        if (!v.isNull() && !v.isUndefined())
            out.insert(name, v);
    }
    return out;
}

QJsonObject JsonSchemaForm::publicValues() const
{
    QJsonObject out = values();
    for (const QString &name : m_secrets)
        out.remove(name);
    return out;
}

QJsonObject JsonSchemaForm::secretValues() const
{
    const QJsonObject all = values();
    QJsonObject out;
    for (const QString &name : m_secrets) {
        if (all.contains(name))
            out.insert(name, all.value(name));
    }
    return out;
}

QStringList JsonSchemaForm::problems() const
{
    QStringList out;
    const QJsonObject properties = m_schema.value(QStringLiteral("properties")).toObject();
    for (const QString &name : m_order) {
        const QJsonObject property = properties.value(name).toObject();
        QString label = property.value(QStringLiteral("title")).toString();
        if (label.isEmpty())
            label = humanize(name);
        const QJsonValue v = valueOf(name);
        if (v.isNull() || v.isUndefined()) {
            if (m_required.contains(name))
                out.append(tr("%1 is required").arg(label));
            continue;
        }
        const QString pattern = property.value(QStringLiteral("pattern")).toString();
        if (!pattern.isEmpty() && v.isString()
            && !QRegularExpression(pattern).match(v.toString()).hasMatch()) {
            out.append(tr("%1 has an unexpected format").arg(label));
        }
    }
    return out;
}

void JsonSchemaForm::setValue(const QString &name, const QJsonValue &value)
{
    QWidget *editor = m_editors.value(name);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value.toVariant().toString());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(value.toVariant().toString());
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        check->setChecked(value.toBool());
}

} // namespace Dataflow::Gui
