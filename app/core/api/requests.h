// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Dataflow::Core {

/** Well-known ids (CONTRACT 8). */
namespace Ids {
inline constexpr const char *salesforceServiceCloudSpec = "cb66ab34-8619-49cb-96d1-39b37ede86ea";
inline constexpr const char *serviceNowSpec = "eb13cb25-47ab-407f-ba89-c0125281c563";
inline constexpr const char *dataLakeSpec = "c604ff05-7f1a-43c0-8e18-33bf874cb11c";
inline constexpr const char *crmToAepFlowSpec = "14518937-270c-4525-bdec-c2ba7cce3860";
inline constexpr const char *crmToAepName = "CRMToAEP";
inline constexpr const char *xedFull = "application/vnd.adobe.xed-full+json;version=1";
inline constexpr const char *xedDataset = "application/vnd.adobe.xed+json;version=1";
} // namespace Ids

/**
 * Builders for every Platform call the product makes (CONTRACT 2-7). Pure functions: the engine,
 * the wizard and `plan --format curl` all use these, so what is planned is what is sent.
 */
namespace Requests {
ApiRequest connectionSpecs();
ApiRequest connectionSpec(const QString &id);
ApiRequest connections(const QString &connectionSpecId = {});
ApiRequest connection(const QString &id);
ApiRequest createConnection(const QJsonObject &body);
ApiRequest deleteConnection(const QString &id);
ApiRequest testConnection(const QString &id);
ApiRequest exploreRoot(const QString &baseConnectionId);
ApiRequest exploreTable(const QString &baseConnectionId, const QString &tablePath, bool preview);
ApiRequest sourceConnections(const QString &nameFilter = {});
ApiRequest sourceConnection(const QString &id);
ApiRequest createSourceConnection(const QJsonObject &body);
ApiRequest deleteSourceConnection(const QString &id);
ApiRequest targetConnections(const QString &nameFilter = {});
ApiRequest targetConnection(const QString &id);
ApiRequest createTargetConnection(const QJsonObject &body);
ApiRequest deleteTargetConnection(const QString &id);
ApiRequest flowSpecByName(const QString &name = QLatin1String(Ids::crmToAepName));
ApiRequest flows(const QString &nameFilter = {});
ApiRequest flow(const QString &id);
ApiRequest createFlow(const QJsonObject &body);
ApiRequest deleteFlow(const QString &id);
ApiRequest runs(const QString &flowId, int limit = 50);
ApiRequest retriggerRun(const QString &runId);
ApiRequest connectionsByName(const QString &name);

ApiRequest stats();
ApiRequest tenantSchemas(const QString &titleFilter = {});
ApiRequest tenantSchema(const QString &schemaId); // full, resolved
ApiRequest createSchema(const QJsonObject &body);
ApiRequest deleteSchema(const QString &schemaId);
ApiRequest globalClasses();
ApiRequest globalFieldGroups(const QString &intendedToExtend = {});
ApiRequest globalResource(const QString &id); // a class or field group, full

ApiRequest dataSets(const QString &nameFilter = {}, int limit = 100);
ApiRequest dataSet(const QString &id);
ApiRequest createDataSet(const QJsonObject &body);
ApiRequest deleteDataSet(const QString &id);

ApiRequest createMappingSet(const QJsonObject &body);
ApiRequest mappingSets(const QString &nameFilter = {});
ApiRequest mappingSet(const QString &id);
ApiRequest validateMappingSet(const QJsonObject &body);
ApiRequest previewMappingSet(const QJsonObject &mappingSet, const QJsonArray &rows);
} // namespace Requests

/** Pure parsers for the shape variants of CONTRACT 9. */
namespace Shapes {
/** {"items":[…]} or a bare object/array → the list of objects. */
QJsonArray items(const QJsonDocument &doc);
/** The first item of {"items":[x]} or the bare object. */
QJsonObject firstItem(const QJsonDocument &doc);
/** "@/dataSets/abc" or ["@/dataSets/abc"] → "abc". */
QString dataSetIdFromCreate(const QJsonDocument &doc);
/** Catalog's object keyed by id → {id: value} for the one dataset (with "id" added). */
QJsonObject catalogFirst(const QJsonDocument &doc);
/** Preview answer: array of {data, errors} or single object → array. */
QJsonArray previewRows(const QJsonDocument &doc);
/** Flow spec list item: accepts transformationSpecs or transformationSpec. */
QJsonArray transformationSpecs(const QJsonObject &flowSpec);
/** "123", 123, true, "true": values returned as strings by GET. */
qint64 toInteger(const QJsonValue &value, qint64 fallback = 0);
bool toBool(const QJsonValue &value, bool fallback = false);
/** Run status normalised to lower case: success, failed, inprogress, scheduled … */
QString runStatus(const QJsonObject &run);
} // namespace Shapes

} // namespace Dataflow::Core
