<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the client id and secret, then try again; a new access token will be requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the client id (x-api-key) is the one of your Developer Console credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the organisation id and that the credential has an Experience Platform product profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the sandbox name (lower case, e.g. prod).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same schema for the dataset, the target connection and the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping set changed; apply again to pick up its current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dataflows that use this account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s connection or authentication spec is unknown; pick the source again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema with this title exists already; pick it or choose another title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a client bug (Accept header); please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and client secret of your credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator for the missing Experience Platform permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource no longer exists; refresh the page or pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a client bug (content negotiation); please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource was changed by someone else; reload it and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform is rate-limiting; wait a moment and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform had a problem; retry later. Resume will not create anything twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; if it persists, report the request id to Adobe support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without a readable error message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to Adobe Experience Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the credential of your Developer Console project, or try everything offline on the demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adobe Experience &amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo sandbox (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential (OAuth Server-to-Server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0123456789ABCDEF01234567@AdobeOrg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is kept in your system keychain, never in the session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbo&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::ApiClient</name>
    <message>
        <source>The URL %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Platform and IMS URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over %1 to %2: only https is allowed (plain http only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and retry; nothing will be created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the request id to Adobe support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the Platform URL, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL; certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1 to %2); redirects are not followed so credentials stay with the Platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; resume checks what exists before creating anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; if it persists report the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a fresh AEP_ACCESS_TOKEN or use AEP_CLIENT_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is available to get an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret (or set AEP_CLIENT_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS refused the credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id, client secret and scopes of your Developer Console credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMS answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the IMS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMS answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the IMS URL and the credential type (OAuth Server-to-Server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMS answer has an implausible expires_in (%1); it must be seconds between 60 and 172800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the IMS URL; the deprecated JWT exchange answers in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::AutoMapper</name>
    <message>
        <source>types match (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 converts to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a well-known name for %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is similar to &quot;%2&quot; (%3); %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::Engine</name>
    <message>
        <source>The journal could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space or fix permissions, then apply again; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the session and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the dataflow settings and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying with run marker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(existing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Schema Registry did not return a tenant id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the credential has access to the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow spec CRMToAEP does not list the source spec %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the source&apos;s connection spec id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no column(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick columns that exist in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delta column %1 is not a date-time column of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date-time column such as sys_updated_on, SystemModstamp or LastModifiedDate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: outcome unknown (%2); checking what exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: adopted %2 found by its marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleting duplicate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete a duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s secret(s) %1 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in the environment (or enter them in the wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset %1 uses the schema %2, not %3 (FLOW-1425).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a dataset of the target schema or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — data lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the mapping and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping set %1 stays: the Data Prep API has no delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not check for duplicates (%n kind(s) or copies): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply again: the check runs again and removes any duplicate; nothing is created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check %1 by its marker: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleting leftover %2 found by its marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some leftovers could not be checked or removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created or found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply again later; nothing will be created twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::FlowSpecValidator</name>
    <message>
        <source>The %1 schema of the flow spec cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backfill setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error diagnostics setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial ingestion threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta column date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta column time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time looks like milliseconds; use seconds since 1 January 1970 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an interval: it is required unless the frequency is once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time must be a number of seconds since 1 January 1970 (UTC), not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be text (for example &quot;%2&quot;), not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be at least %1 minutes when the frequency is minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be greater than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be less than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the interval empty when the frequency is once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill cannot be set when the frequency is once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not allowed with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “%1” is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are not accepted by the flow spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow spec has no schedule schema (scheduleSpec.spec).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transformation in the flow spec has no name or no schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow spec has no transformation named “%1” (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::MappingCsv</name>
    <message>
        <source>Line %1: a quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the file is empty; expected a header such as &quot;sourceType,source,destination&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header needs a source and a destination column (&quot;source&quot;/&quot;destination&quot; or &quot;Source Field&quot;/&quot;Target Field&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: unknown source type &quot;%2&quot; (use ATTRIBUTE, EXPRESSION or STATIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: both source and destination are empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::MappingModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source value will be converted to the destination type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested (score %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute, expression or static value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source column, expression or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XDM field path in the target schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the destination field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::MappingValidator</name>
    <message>
        <source>Empty source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination is not a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the selected source columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a destination field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of schema &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an object; choose one of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (%2) cannot be written to &quot;%3&quot; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the destination of row(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::SafeFile</name>
    <message>
        <source>Could not create a temporary file next to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the previous version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, but could not open its folder to flush it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, but could not flush its folder to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the previous version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::SchemaFieldModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::SchemaIndex</name>
    <message>
        <source>The schema is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is not valid JSON (offset %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Core::StrictJson</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top level must be a JSON object ({…}), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected content after the end of the JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside %1; it may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are not allowed in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a NUL byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character; expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strings must use double quotes, not single quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN and Infinity are not allowed in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesting is deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object keys must be strings in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in double quotes or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing comma before &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing comma before &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value between commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown literal; expected true, false or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers must not have leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: a digit must follow the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: the exponent has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integer %1 is too large to be stored exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid \u escape: four hex digits are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string is not closed before the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control characters must be escaped in strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lone low surrogate \u%1 in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lone high surrogate \u%1 in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a NUL character (\u0000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 encoded; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like UTF-16 without a byte-order mark; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::ApplySuggestionsCommand</name>
    <message numerus="yes">
        <source>Auto-map %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::BusyOverlay</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::ConnectPage</name>
    <message>
        <source>The demo sandbox runs inside this program on 127.0.0.1; its credential is filled in for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is kept in your system keychain, never in the session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other programs using many network ports and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization access: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox access: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the organization ID, sandbox, client ID and client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are on the Credentials page of your Developer Console project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting an access token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: refused. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client ID and client secret (Developer Console, OAuth Server-to-Server credential) and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking access to the organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization access: granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization access: refused. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the organization ID, add the Experience Platform API to the Developer Console project and give its product profile access to this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization access: granted (tenant %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking access to the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox access: &quot;%1&quot; offers neither Salesforce Service Cloud nor ServiceNow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox lists no Salesforce Service Cloud or ServiceNow source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to enable the sources in this sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sandbox access: granted to &quot;%1&quot; (%n source(s) available)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox access: refused for &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sandbox name (Sandboxes in the Platform UI) and that the product profile includes this sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was read from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The client secret was not saved anywhere: it stays in memory until you close the wizard and you will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::CreatePage</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard creates each part on the Platform; independent parts are created at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply again: finished steps are not repeated and nothing is created twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session and close; open it later to continue here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what this session created on the Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the requests already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creation engine is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created yet. Press Retry to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was partly created. Press Retry to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the dataflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dataflow and everything this session created on the Platform (connections, dataset, schema)? Existing resources you picked are kept. Mapping sets cannot be deleted through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (existing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: what this session created was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataflow was created. Press Monitor to follow its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: press Retry; steps already done are not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Platform answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation stopped. Retry, resume later or roll back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::DataflowPage</name>
    <message>
        <source>Dataflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the dataflow and choose when it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a run succeed while at most this share of records is rejected; Off fails the run on the first error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform reads only records whose value in this column changed since the last run. Values must be in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataflow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial ingestion threshold in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow specification could not be loaded (%1): only basic checks are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the Platform&apos;s flow specification %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against a saved copy of the flow specification (version %1); the Platform checks again when the dataflow is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes (at least 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(runs one time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 local time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the dataflow a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table has no date-time column; the Platform needs one to read only changed records. Choose another table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that tells when a record changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the flow specification…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::FieldPicker</name>
    <message>
        <source>Type to search the schema, or a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target schema loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::InsertMappingRowsCommand</name>
    <message numerus="yes">
        <source>Add %n mapping row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::JsonSchemaForm</name>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unexpected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::MainWizard</name>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Dataflow wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(demo sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard did not close properly last time. Unsaved changes to %1 were kept. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::MappingPage</name>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where each source column goes in the target schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty mapping row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest destinations by name and type; every suggestion can be rejected or undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected suggested rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Platform to check the mapping (POST /mappingSets/validate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform up to 10 sample rows with this mapping on the Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map found nothing more to suggest: every column is mapped or has no compatible field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target schema is not loaded: destinations cannot be checked. Go back to the schema page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Auto-map suggested %n destination(s). They are highlighted; hover for the reason, Reject suggestion removes one, Undo removes them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file: a header with source and destination columns, one mapping per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the mapping on the Platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping changed during the check; validate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Platform accepted all %n mapping(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Platform rejected %n mapping(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no sample rows to preview. The source page loads them with the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Previewing %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) transformed without errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) had errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping changed since the last server check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mapped · %2 columns unmapped · %3 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggesting destinations for %n column(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::MonitorPage</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataflow&apos;s runs. The list refreshes by itself while this page is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataflow was created in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataflow &lt;b&gt;%1&lt;/b&gt; (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. The first run starts at the scheduled start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-triggering the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 was re-triggered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::PipelineDiagram</name>
    <message>
        <source>Pipeline diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[new]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::RemoveMappingRowsCommand</name>
    <message numerus="yes">
        <source>Remove %n mapping row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::ReplaceAllRowsCommand</name>
    <message>
        <source>Replace all mapping rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::ReviewPage</name>
    <message>
        <source>Salesforce Service Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what will be created on the Platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the requests as curl commands (secrets are replaced by variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a shell script or as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on an unknown schedule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, starting %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with backfill of older records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 columns, %2 calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data lake, parquet_xdm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the existing account &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new account &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read the table &lt;b&gt;%1&lt;/b&gt;: %n column(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the existing schema &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create the schema &lt;b&gt;%1&lt;/b&gt; with %n field group(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Store the records in the existing dataset &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the dataset &lt;b&gt;%1&lt;/b&gt; for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a source connection for the table and a target connection to the data lake (parquet_xdm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create a mapping set of %n row(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 columns, %2 expressions, %3 fixed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the dataflow &lt;b&gt;%1&lt;/b&gt;, reading records changed according to &lt;b&gt;%2&lt;/b&gt;, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error diagnostics on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error diagnostics off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run may reject up to %1% of records before it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run fails on the first rejected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests the wizard sends to create this dataflow, in order.
Set AEP_ACCESS_TOKEN and AEP_API_KEY first. Values written ${NAME} come from earlier answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) copied as curl commands.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shell script (*.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The session has %n problem(s) to fix before anything can be created; they are listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::SchemaPage</name>
    <message>
        <source>Cancelled. Choose the schema again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organization&apos;s tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing your schemas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sandbox has no schema of its own yet: create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema saved in this session no longer exists. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema&apos;s fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to map to</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the XDM classes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the field groups of the class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the fields of the field groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing your datasets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records go into the existing dataset; nothing is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset uses this schema yet: a new one will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset is created with the dataflow, on the Create page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::SessionController</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataflow wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataflow sessions (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered draft could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::SetMappingRowCommand</name>
    <message>
        <source>Edit mapping row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::SourceColumnDelegate</name>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. concat(FirstName, &quot; &quot;, LastName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value written in every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::SourcePage</name>
    <message>
        <source>Salesforce Service Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Choose the account or table again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the available sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account saved in this session no longer exists. Choose another one or create a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot be created yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields marked with *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform created the account but did not say its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose it from the existing accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created. Its secrets were sent to Platform and are not kept in the session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; saved in this session is not offered by the account any more. Choose another table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the columns and sample rows of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date-time: can serve as the delta column of incremental loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source returned no sample rows for this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s) the source returned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n column(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::SourceTypeDelegate</name>
    <message>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of a source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Data Prep expression, e.g. concat(FirstName, &quot; &quot;, LastName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same literal value in every record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::TargetPage</name>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform data lake (connection spec %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new, created on the Create page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned by Platform when the schema is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (existing, id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  →  mapping  →  %2  →  %3 (data lake, parquet_xdm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset, the target connection and the mapping all use the same schema $id and version, as the Platform requires (otherwise the dataflow is refused with FLOW-1425-400).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataflow::Gui::WizardPageBase</name>
    <message>
        <source>No connection to the Platform is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the first page and test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataflowPage</name>
    <message>
        <source>Name the dataflow, choose the column that tells which records changed, and when it runs. Every value is checked against the Platform&apos;s flow specification as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lta column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kfill: also read the records changed before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error dia&amp;gnostics: keep samples of rejected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partial ingestion threshold:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow spec CRMToAEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source connection spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base connection (account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source table columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target XDM schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target connection (data lake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>$.format: must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.formatVersion: version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.runId: must be 8 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.steps: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.state: unknown state &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map each source column to a field of the target schema. Auto-map suggests destinations; every suggestion is highlighted and can be rejected or undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of mapped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see up to 10 sample rows as the Platform will write them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh every 15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;trigger failed run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check the plan. Nothing is created until you press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPage</name>
    <message>
        <source>Target schema and dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the XDM schema the records take in Platform and the dataset that stores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing &amp;schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XDM class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search field groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing &amp;dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dataset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dataset description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new dataset na&amp;med:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2); update the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a column name or a column object with a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ATTRIBUTE, EXPRESSION or STATIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https URL (http only for this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an organisation id ending in @AdobeOrg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the sandbox name in lower case, e.g. prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (the credential&apos;s client id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a connection spec id (Salesforce Service Cloud %1, ServiceNow %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required to create an account (or give its &quot;id&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required, e.g. &quot;Basic Authentication&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a secret and must not be in a session file; set AEP_SOURCE_%1 or use the wizard&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required to create a schema (or give its &quot;id&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a class $id such as https://ns.adobe.com/xdm/context/profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a schema $id (https://ns.adobe.com/…) or meta:altId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required to create a dataset (or give its &quot;id&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the selected columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: a date-time column used for incremental loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-time column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; it is not a session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the system, the account and the table to bring into Platform, then the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source s&amp;ystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an e&amp;xisting account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account na&amp;me: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce retired basic authentication (username, password and security token) in January 2026. Use OAuth2 Client Credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to bring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XDM type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select non&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Target connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the records land in Platform, at a glance. Nothing is created before the Create page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lake target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema $&amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datas&amp;et:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data f&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up Adobe Experience Platform dataflows from Salesforce Service Cloud and ServiceNow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the built-in demo sandbox (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language, e.g. en or pt_BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through every page in demo mode, save each as a PNG in &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
