// SPDX-License-Identifier: MIT
#include "automapper.h"

#include "model/typecompat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Dataflow::Core {

namespace {

// Context for lupdate and the translators (a non-QObject, STYLE.md 3.10).
class AutoMapper
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Core::AutoMapper)
};

// Scores: a known name beats any similarity guess.
constexpr double genericCeiling = 0.85;
constexpr double minimumScore = 0.5;
constexpr double convertiblePenalty = 0.9;

/** A well-known source column name (normalised: lower case, letters and digits only). */
struct KnownName
{
    const char *column;
    const char *destination;
    double score;
};

// Salesforce Service Cloud, ServiceNow and common CRM names -> XDM Individual Profile fields
// (field groups profile-person-details, profile-personal-details, profile-work-details).
const KnownName knownNames[] = {
    {"id", "_id", 0.97},
    {"sysid", "_id", 0.97},
    {"name", "person.name.fullName", 0.95},
    {"fullname", "person.name.fullName", 0.97},
    {"contactname", "person.name.fullName", 0.9},
    {"callername", "person.name.fullName", 0.85},
    {"firstname", "person.name.firstName", 0.97},
    {"givenname", "person.name.firstName", 0.9},
    {"lastname", "person.name.lastName", 0.97},
    {"surname", "person.name.lastName", 0.9},
    {"familyname", "person.name.lastName", 0.9},
    {"middlename", "person.name.middleName", 0.97},
    {"suffix", "person.name.suffix", 0.9},
    {"salutation", "person.name.courtesyTitle", 0.93},
    {"courtesytitle", "person.name.courtesyTitle", 0.97},
    {"title", "extendedWorkDetails.jobTitle", 0.9},
    {"jobtitle", "extendedWorkDetails.jobTitle", 0.97},
    {"email", "personalEmail.address", 0.95},
    {"personemail", "personalEmail.address", 0.93},
    {"emailaddress", "personalEmail.address", 0.93},
    {"contactemail", "personalEmail.address", 0.9},
    {"calleremail", "personalEmail.address", 0.9},
    {"suppliedemail", "personalEmail.address", 0.88},
    {"workemail", "workEmail.address", 0.95},
    {"mobilephone", "mobilePhone.number", 0.97},
    {"mobile", "mobilePhone.number", 0.93},
    {"personmobilephone", "mobilePhone.number", 0.93},
    {"phone", "mobilePhone.number", 0.9},
    {"phonenumber", "mobilePhone.number", 0.9},
    {"contactphone", "mobilePhone.number", 0.88},
    {"suppliedphone", "mobilePhone.number", 0.86},
    {"homephone", "homePhone.number", 0.97},
    {"fax", "faxPhone.number", 0.95},
    {"workphone", "workPhone.number", 0.95},
    {"businessphone", "workPhone.number", 0.93},
    {"mailingstreet", "homeAddress.street1", 0.95},
    {"street", "homeAddress.street1", 0.9},
    {"mailingcity", "homeAddress.city", 0.97},
    {"city", "homeAddress.city", 0.92},
    {"mailingstate", "homeAddress.stateProvince", 0.95},
    {"stateprovince", "homeAddress.stateProvince", 0.92},
    {"mailingpostalcode", "homeAddress.postalCode", 0.97},
    {"postalcode", "homeAddress.postalCode", 0.92},
    {"zip", "homeAddress.postalCode", 0.9},
    {"zipcode", "homeAddress.postalCode", 0.9},
    {"mailingcountry", "homeAddress.country", 0.95},
    {"country", "homeAddress.country", 0.9},
    {"mailingcountrycode", "homeAddress.countryCode", 0.95},
    {"countrycode", "homeAddress.countryCode", 0.92},
    {"birthdate", "person.birthDate", 0.97},
    {"dateofbirth", "person.birthDate", 0.95},
    {"gender", "person.gender", 0.95},
    {"createddate", "_repo.createDate", 0.97},
    {"syscreatedon", "_repo.createDate", 0.97},
    {"createdon", "_repo.createDate", 0.9},
    {"createdat", "_repo.createDate", 0.9},
    {"lastmodifieddate", "_repo.modifyDate", 0.97},
    {"sysupdatedon", "_repo.modifyDate", 0.97},
    {"systemmodstamp", "_repo.modifyDate", 0.93},
    {"lastmodified", "_repo.modifyDate", 0.9},
    {"updatedon", "_repo.modifyDate", 0.9},
    {"modifiedon", "_repo.modifyDate", 0.9},
    {"updatedat", "_repo.modifyDate", 0.9},
};

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

/** "MailingCity__c" -> "mailingcity"; "sys_updated_on" -> "sysupdatedon". */
QString normalisedName(const QString &name)
{
    QStringView view(name);
    if (view.endsWith(QLatin1String("__c"), Qt::CaseInsensitive))
        view.chop(3);
    QString out;
    out.reserve(view.size());
    for (QChar c : view) {
        if (isWordChar(c))
            out.append(c.toLower());
    }
    return out;
}

/** Splits camelCase, snake_case, digits and punctuation into words; drops "__c" and numbers. */
template<typename Sink>
void splitWords(QStringView text, Sink &&sink)
{
    if (text.endsWith(QLatin1String("__c"), Qt::CaseInsensitive))
        text.chop(3);
    qsizetype start = -1;
    auto flush = [&](qsizetype end) {
        // Numbers ("Phone2", "name_3") carry no meaning for matching.
        if (start >= 0 && end > start && !text.at(start).isDigit())
            sink(text.mid(start, end - start));
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isWordChar(c)) {
            flush(i);
            continue;
        }
        if (start < 0) {
            start = i;
            continue;
        }
        const QChar prev = text.at(i - 1);
        const bool boundary = (c.isUpper() && prev.isLower())                     // camelCase
            || (c.isUpper() && i + 1 < text.size() && text.at(i + 1).isLower() && prev.isUpper()) // HTTPServer
            || (c.isDigit() != prev.isDigit());                                  // name2
        if (boundary) {
            flush(i);
            start = i;
        }
    }
    flush(text.size());
}

/** Interns lower-case words to small ints; light stemming of plurals. */
class Vocabulary
{
public:
    int id(QStringView word)
    {
        QString key = word.toString().toLower();
        if (key.size() > 3 && key.endsWith(QLatin1Char('s')) && !key.endsWith(QLatin1String("ss")))
            key.chop(1);
        auto it = m_ids.constFind(key);
        if (it != m_ids.constEnd())
            return it.value();
        const int next = int(m_ids.size());
        m_ids.insert(key, next);
        return next;
    }
    int find(QStringView word) const
    {
        QString key = word.toString().toLower();
        if (key.size() > 3 && key.endsWith(QLatin1Char('s')) && !key.endsWith(QLatin1String("ss")))
            key.chop(1);
        return m_ids.value(key, -1);
    }
    int size() const { return int(m_ids.size()); }

private:
    QHash<QString, int> m_ids;
};

struct Candidate
{
    double score;
    int column;
    int field;
    bool known;
    QString reason;
};

QString typeReason(TypeMatch match, const QString &from, const QString &to)
{
    return match == TypeMatch::Exact ? AutoMapper::tr("types match (%1)").arg(to)
                                     : AutoMapper::tr("%1 converts to %2").arg(from.isEmpty() ? AutoMapper::tr("value") : from, to);
}

} // namespace

MappingRow mappingRowFromSuggestion(const AutoMapSuggestion &suggestion, const SourceColumns &columns)
{
    MappingRow row;
    row.sourceType = SourceType::Attribute;
    if (suggestion.columnIndex >= 0 && suggestion.columnIndex < columns.size()) {
        row.source = columns.at(suggestion.columnIndex).name;
        row.name = row.source;
    }
    row.destination = suggestion.destination;
    return row;
}

QList<AutoMapSuggestion> suggestMappings(const SourceColumns &columns, const SchemaIndex &schema,
                                         const MappingRows &existing)
{
    QList<AutoMapSuggestion> result;
    if (columns.isEmpty() || schema.leafCount() == 0)
        return result;

    const QList<SchemaField> &fields = schema.fields();

    // What is already mapped stays as it is.
    QSet<QString> usedColumns;
    QSet<int> usedFields;
    for (const MappingRow &row : existing) {
        if (row.sourceType == SourceType::Attribute && !row.source.isEmpty() && !row.destination.trimmed().isEmpty())
            usedColumns.insert(row.source.trimmed());
        if (!row.destination.isEmpty()) {
            const int index = schema.indexOf(row.destination.trimmed());
            if (index >= 0)
                usedFields.insert(index);
        }
    }

    std::vector<Candidate> candidates;
    candidates.reserve(size_t(columns.size()) * 4);

    // 1. Known names.
    QHash<QString, QList<const KnownName *>> known;
    for (const KnownName &k : knownNames)
        known[QString::fromLatin1(k.column)].append(&k);
    std::vector<bool> columnActive(size_t(columns.size()), false);
    for (int c = 0; c < columns.size(); ++c) {
        const Dataflow::Core::SourceColumn &column = columns.at(c);
        if (column.name.isEmpty() || usedColumns.contains(column.name))
            continue;
        columnActive[size_t(c)] = true;
        const auto it = known.constFind(normalisedName(column.name));
        if (it == known.constEnd())
            continue;
        const QString sourceType = column.effectiveXdmType();
        for (const KnownName *k : it.value()) {
            const int f = schema.indexOf(QString::fromLatin1(k->destination));
            if (f < 0 || !fields.at(f).isLeaf)
                continue;
            const TypeMatch match = typeMatch(sourceType, fields.at(f));
            if (match == TypeMatch::Incompatible)
                continue;
            const double score = k->score * (match == TypeMatch::Exact ? 1.0 : 0.97);
            candidates.push_back({score, c, f, true,
                                  AutoMapper::tr("\"%1\" is a well-known name for %2; %3")
                                      .arg(column.name, fields.at(f).path,
                                           typeReason(match, sourceType, destinationXdmType(fields.at(f))))});
        }
    }

    // 2. Word similarity through an inverted index of leaf-name words.
    Vocabulary vocabulary;
    const int fieldCount = int(fields.size());
    std::vector<int> nameWordStart(size_t(fieldCount) + 1, 0);
    std::vector<int> nameWords;
    nameWords.reserve(size_t(fieldCount) * 2);
    for (int f = 0; f < fieldCount; ++f) {
        nameWordStart[size_t(f)] = int(nameWords.size());
        splitWords(fields.at(f).name, [&](QStringView w) { nameWords.push_back(vocabulary.id(w)); });
    }
    nameWordStart[size_t(fieldCount)] = int(nameWords.size());

    std::vector<std::vector<int>> leavesByWord(size_t(vocabulary.size()));
    for (int f = 0; f < fieldCount; ++f) {
        if (!fields.at(f).isLeaf)
            continue;
        for (int i = nameWordStart[size_t(f)]; i < nameWordStart[size_t(f) + 1]; ++i) {
            std::vector<int> &list = leavesByWord[size_t(nameWords[size_t(i)])];
            if (list.empty() || list.back() != f)
                list.push_back(f);
        }
    }

    // Type compatibility depends only on (source type, destination type): cache it per pair.
    QHash<QString, int> destinationClassIds;
    std::vector<int> destinationClass(size_t(fieldCount), -1);
    std::vector<int> classRepresentative;
    for (int f = 0; f < fieldCount; ++f) {
        if (!fields.at(f).isLeaf)
            continue;
        const QString type = destinationXdmType(fields.at(f));
        auto it = destinationClassIds.constFind(type);
        if (it == destinationClassIds.constEnd()) {
            it = destinationClassIds.insert(type, int(classRepresentative.size()));
            classRepresentative.push_back(f);
        }
        destinationClass[size_t(f)] = it.value();
    }
    QHash<QString, int> sourceTypeIds;
    std::vector<signed char> matchCache; // sourceTypeId * classCount + class -> TypeMatch, -1 unknown
    const int classCount = int(classRepresentative.size());

    std::vector<bool> fieldTaken(size_t(fieldCount), false);
    for (int f : std::as_const(usedFields))
        fieldTaken[size_t(f)] = true;

    constexpr int maxTabulated = 8;
    std::vector<bool> reachable(size_t(maxTabulated * maxTabulated), false);
    std::vector<int> seenStamp(size_t(fieldCount), -1);
    std::vector<int> nameMatches(size_t(fieldCount), 0);
    std::vector<int> columnWords;
    std::vector<int> touched;
    for (int c = 0; c < columns.size(); ++c) {
        if (!columnActive[size_t(c)])
            continue;
        const Dataflow::Core::SourceColumn &column = columns.at(c);
        columnWords.clear();
        int unknownWords = 0;
        splitWords(column.name, [&](QStringView w) {
            const int id = vocabulary.find(w);
            if (id < 0)
                ++unknownWords;
            else if (std::find(columnWords.begin(), columnWords.end(), id) == columnWords.end())
                columnWords.push_back(id);
        });
        if (columnWords.empty())
            continue;
        const int knownWordCount = int(columnWords.size());
        const int columnWordCount = knownWordCount + unknownWords;
        const auto bestScore = [&](int nameMatched, int nameWordCount) {
            const double bestExplained = nameMatched + 0.6 * (knownWordCount - nameMatched);
            return genericCeiling
                * (0.6 * bestExplained / columnWordCount + 0.4 * double(nameMatched) / nameWordCount);
        };
        // Which (matched words, leaf name words) pairs can reach the minimum score at all.
        for (int m = 0; m < maxTabulated; ++m) {
            for (int n = 1; n < maxTabulated; ++n)
                reachable[size_t(m * maxTabulated + n)] = m <= n && bestScore(m, n) >= minimumScore;
        }

        // Leaves whose name shares words with the column, and how many words each shares.
        touched.clear();
        for (int word : columnWords) {
            for (int f : leavesByWord[size_t(word)]) {
                if (seenStamp[size_t(f)] != c) {
                    seenStamp[size_t(f)] = c;
                    nameMatches[size_t(f)] = 0;
                    touched.push_back(f);
                }
                ++nameMatches[size_t(f)];
            }
        }
        const QString sourceType = column.effectiveXdmType();
        auto sourceIt = sourceTypeIds.constFind(sourceType);
        if (sourceIt == sourceTypeIds.constEnd()) {
            sourceIt = sourceTypeIds.insert(sourceType, int(sourceTypeIds.size()));
            matchCache.resize(matchCache.size() + size_t(classCount), -1);
        }
        signed char *matches = matchCache.data() + size_t(sourceIt.value()) * size_t(classCount);

        for (int f : touched) {
            if (fieldTaken[size_t(f)])
                continue;
            const int nameMatched = nameMatches[size_t(f)];
            const int nameWordCount = nameWordStart[size_t(f) + 1] - nameWordStart[size_t(f)];
            // Best case: every other known column word is found among the ancestors' names.
            if (nameWordCount < maxTabulated && nameMatched < maxTabulated) {
                if (!reachable[size_t(nameMatched * maxTabulated + nameWordCount)])
                    continue;
            } else if (bestScore(nameMatched, nameWordCount) < minimumScore) {
                continue;
            }
            const double recall = double(nameMatched) / nameWordCount; // leaf name explained

            signed char &cached = matches[destinationClass[size_t(f)]];
            if (cached < 0)
                cached = static_cast<signed char>(typeMatch(sourceType, fields.at(classRepresentative[size_t(destinationClass[size_t(f)])])));
            const TypeMatch match = TypeMatch(cached);
            if (match == TypeMatch::Incompatible)
                continue;

            // Column words missing from the leaf name may still name an ancestor (context, weighted lower).
            double explained = nameMatched;
            if (nameMatched < knownWordCount) {
                const int nameBegin = nameWordStart[size_t(f)];
                const int nameEnd = nameWordStart[size_t(f) + 1];
                for (int word : columnWords) {
                    if (std::find(nameWords.begin() + nameBegin, nameWords.begin() + nameEnd, word)
                        != nameWords.begin() + nameEnd)
                        continue;
                    for (int p = fields.at(f).parent; p >= 0; p = fields.at(p).parent) {
                        const auto pBegin = nameWords.begin() + nameWordStart[size_t(p)];
                        const auto pEnd = nameWords.begin() + nameWordStart[size_t(p) + 1];
                        if (std::find(pBegin, pEnd, word) != pEnd) {
                            explained += 0.6;
                            break;
                        }
                    }
                }
            }
            const double precision = explained / columnWordCount; // column name explained
            double score = genericCeiling * (0.6 * precision + 0.4 * recall);
            if (match == TypeMatch::Convertible)
                score *= convertiblePenalty;
            if (score < minimumScore)
                continue;
            candidates.push_back({score, c, f, false, QString()});
        }
    }

    // 3. Greedy assignment, best first: each column once, each destination once.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.column != b.column)
            return a.column < b.column;
        return a.field < b.field;
    });
    std::vector<bool> columnDone(size_t(columns.size()), false);
    std::vector<bool> fieldDone = fieldTaken;
    for (Candidate &candidate : candidates) {
        if (columnDone[size_t(candidate.column)] || fieldDone[size_t(candidate.field)])
            continue;
        columnDone[size_t(candidate.column)] = true;
        fieldDone[size_t(candidate.field)] = true;
        const SchemaField &field = fields.at(candidate.field);
        QString reason = candidate.reason;
        if (!candidate.known) {
            const Dataflow::Core::SourceColumn &column = columns.at(candidate.column);
            const QString sourceType = column.effectiveXdmType();
            const QString label = field.title.isEmpty() ? field.name : field.title;
            reason = AutoMapper::tr("Name \"%1\" is similar to \"%2\" (%3); %4")
                         .arg(column.name, label, field.path,
                              typeReason(typeMatch(sourceType, field), sourceType, destinationXdmType(field)));
        }
        result.append({candidate.column, field.path, candidate.score, reason});
    }
    std::sort(result.begin(), result.end(), [](const AutoMapSuggestion &a, const AutoMapSuggestion &b) {
        return a.columnIndex < b.columnIndex;
    });
    return result;
}

} // namespace Dataflow::Core
