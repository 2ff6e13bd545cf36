#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates the sandbox's demo data: every JSON file in resources/sandbox/.

Python 3 standard library only. The output is deterministic (fixed random seed, no clock, no
environment), so running the script twice gives byte-identical files. The generated JSON is
committed; the sandbox compiles it into a Qt resource under :/sandbox/.

Usage: scripts/gen-sandbox-data.py [--check] [--quiet]
  --check  regenerate into memory and fail if the committed files differ (no files written).
  --quiet  do not print the figures.
Every run validates the generated data first (exit status 2 when invalid). If the optional
jsonschema package is importable the validation also uses it; the generator itself never does.

The format of the files is the contract with the sandbox server; see docs/sandbox-data.md.
"""

import argparse
import datetime as dt
import json
import os
import random
import sys

SEED = 20260104
OUT_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                        "..", "resources", "sandbox"))

SSC_SPEC_ID = "cb66ab34-8619-49cb-96d1-39b37ede86ea"
SNOW_SPEC_ID = "eb13cb25-47ab-407f-ba89-c0125281c563"
SALESFORCE_CRM_SPEC_ID = "cfc0fee1-7dc0-40ef-b73e-d8b134c436f5"
DATA_LAKE_SPEC_ID = "c604ff05-7f1a-43c0-8e18-33bf874cb11c"
PROVIDER_ID = "0ed90a81-07f4-4586-8190-b40eccef1c5a"
DATA_LAKE_PROVIDER_ID = "521eee4d-8cbe-4906-bb48-fb6bd4450033"
FLOW_SPEC_ID = "14518937-270c-4525-bdec-c2ba7cce3860"
DRAFT07 = "http://json-schema.org/draft-07/schema#"

PROFILE_CLASS = "https://ns.adobe.com/xdm/context/profile"
EVENT_CLASS = "https://ns.adobe.com/xdm/context/experienceevent"
RECORD_CLASS = "https://ns.adobe.com/xdm/data/record"

ROWS_PER_TABLE = 100

rng = random.Random(SEED)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

def alt_id(xdm_id):
    """https://ns.adobe.com/xdm/context/profile -> _xdm.context.profile"""
    return "_" + xdm_id.replace("https://ns.adobe.com/", "").replace("/", ".")


def permissions_info():
    return {
        "view": [{"@type": "lowLevel", "name": "EnterpriseSource", "permissions": ["read"]}],
        "manage": [{"@type": "lowLevel", "name": "EnterpriseSource", "permissions": ["write"]}],
    }


def json_schema(properties, required=None, description=None, **extra):
    spec = {"$schema": DRAFT07, "type": "object"}
    if description:
        spec["description"] = description
    spec["properties"] = properties
    spec["required"] = list(required or [])
    spec.update(extra)
    return spec


# ---------------------------------------------------------------------------------------------
# 1. Connection specs
# ---------------------------------------------------------------------------------------------

def source_spec(label, description, icon):
    return {
        "attributes": {
            "uiAttributes": {
                "isSource": True,
                "isPreview": False,
                "isBeta": False,
                "category": {"key": "customerSuccess"},
                "icon": {"key": icon},
                "description": {"key": description},
                "label": {"key": label},
            },
        },
        "spec": json_schema(
            {
                "tableName": {"type": "string", "description": "Path of the table returned by explore."},
                "columns": {
                    "type": "array",
                    "description": "Columns to ingest, copied from the explore response.",
                    "items": {"type": "object"},
                },
            },
            ["tableName"],
            description="Identifies the table to ingest from the source.",
        ),
    }


def explore_spec():
    return {
        "name": "Database",
        "type": "Database",
        "requestSpec": json_schema(
            {
                "objectType": {"type": "string", "enum": ["root", "table"]},
                "object": {"type": "string", "description": "Table path for objectType=table."},
                "preview": {"type": "boolean", "default": False},
            },
            ["objectType"],
        ),
        "responseSpec": json_schema(
            {
                "format": {"type": "string", "enum": ["flat"]},
                "schema": {"type": "object", "properties": {"columns": {"type": "array", "items": {"type": "object"}}}},
                "data": {"type": "array", "items": {"type": "object"}},
            },
            [],
        ),
    }


def connection_specs():
    ssc_basic = json_schema(
        {
            "environmentUrl": {"type": "string", "format": "uri",
                               "description": "Salesforce instance URL, e.g. https://acme.my.salesforce.com."},
            "username": {"type": "string", "description": "Username of the Salesforce integration user."},
            "password": {"type": "string", "format": "password", "description": "Password of the integration user."},
            "securityToken": {"type": "string", "format": "password",
                              "description": "Security token issued to the integration user."},
            "apiVersion": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+$",
                           "description": "REST API version such as 60.0; leave empty for the latest."},
        },
        ["username", "password", "securityToken"],
        description="Basic authentication with username, password and security token. "
                    "Deprecated since January 2026: use OAuth2 Client Credential instead.",
    )
    ssc_oauth = json_schema(
        {
            "environmentUrl": {"type": "string", "format": "uri",
                               "description": "Salesforce instance URL, e.g. https://acme.my.salesforce.com."},
            "clientId": {"type": "string", "description": "Consumer key of the connected app."},
            "clientSecret": {"type": "string", "format": "password",
                             "description": "Consumer secret of the connected app."},
            "apiVersion": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+$",
                           "description": "REST API version such as 60.0."},
        },
        ["environmentUrl", "clientId", "clientSecret", "apiVersion"],
        description="OAuth 2.0 client credentials flow with a Salesforce connected app.",
    )
    snow_basic = json_schema(
        {
            "endpoint": {"type": "string", "format": "uri",
                         "description": "ServiceNow instance URL, e.g. https://acme.service-now.com."},
            "username": {"type": "string", "description": "ServiceNow user with read access to the tables."},
            "password": {"type": "string", "format": "password", "description": "Password of the ServiceNow user."},
        },
        ["endpoint", "username", "password"],
        description="Basic authentication against the ServiceNow Table API.",
    )
    ssc = {
        "id": SSC_SPEC_ID,
        "name": "salesforce-service-cloud",
        "providerId": PROVIDER_ID,
        "version": "1.0",
        "authSpec": [
            {"name": "Basic Authentication", "type": "BasicAuthentication", "spec": ssc_basic},
            {"name": "OAuth2 Client Credential", "type": "OAuth2ClientCredential", "spec": ssc_oauth},
        ],
        "sourceSpec": source_spec("Salesforce Service Cloud",
                                  "Ingest cases, accounts, contacts and entitlements from Salesforce Service Cloud.",
                                  "salesforceServiceCloud"),
        "exploreSpec": explore_spec(),
        "attributes": {
            "category": "customerSuccess",
            "connectorName": "Salesforce Service Cloud",
            "isSource": True,
            "isPreview": False,
            "uiAttributes": {"apiFeatures": {"explorePaginationSupported": False}},
        },
        "permissionsInfo": permissions_info(),
    }
    snow = {
        "id": SNOW_SPEC_ID,
        "name": "service-now",
        "providerId": PROVIDER_ID,
        "version": "1.0",
        "authSpec": [
            {"name": "Basic Authentication", "type": "BasicAuthentication", "spec": snow_basic},
        ],
        "sourceSpec": source_spec("ServiceNow",
                                  "Ingest incidents, problems, change requests and users from ServiceNow.",
                                  "serviceNow"),
        "exploreSpec": explore_spec(),
        "attributes": {
            "category": "customerSuccess",
            "connectorName": "ServiceNow",
            "isSource": True,
            "isPreview": False,
            "uiAttributes": {"apiFeatures": {"explorePaginationSupported": False}},
        },
        "permissionsInfo": permissions_info(),
    }
    lake = {
        "id": DATA_LAKE_SPEC_ID,
        "name": "Data Lake",
        "providerId": DATA_LAKE_PROVIDER_ID,
        "version": "1.0",
        "authSpec": [],
        "targetSpec": {
            "attributes": {"uiAttributes": {"isSource": False, "label": {"key": "Data Lake"}}},
            "spec": json_schema(
                {"dataSetId": {"type": "string", "description": "Id of the Catalog dataset to write to."}},
                ["dataSetId"],
                description="Writes XDM records into an Experience Platform dataset.",
            ),
        },
        "attributes": {
            "category": "Database",
            "connectorName": "Data Lake",
            "isSource": False,
            "uiAttributes": {"apiFeatures": {"explorePaginationSupported": False}},
        },
        "permissionsInfo": permissions_info(),
    }
    return {"items": [ssc, snow, lake]}


# ---------------------------------------------------------------------------------------------
# 2. Flow spec
# ---------------------------------------------------------------------------------------------

def flow_specs():
    schedule = json_schema(
        {
            "startTime": {"type": "integer", "description": "Epoch seconds of the first run."},
            "frequency": {"type": "string", "enum": ["once", "minute", "hour", "day", "week"],
                          "description": "Unit of the schedule interval."},
            "interval": {"type": "integer", "description": "Number of frequency units between two runs."},
            "backfill": {"type": "boolean", "default": True,
                         "description": "Ingest historical data on the first run."},
        },
        ["startTime", "frequency"],
        description="Periodic schedule of a batch dataflow.",
    )
    schedule["if"] = {"properties": {"frequency": {"const": "once"}}, "required": ["frequency"]}
    schedule["then"] = {"not": {"anyOf": [{"required": ["interval"]}, {"required": ["backfill"]}]}}
    schedule["else"] = {
        "required": ["interval"],
        "properties": {"interval": {"minimum": 1}},
        "if": {"properties": {"frequency": {"const": "minute"}}, "required": ["frequency"]},
        "then": {"properties": {"interval": {"minimum": 15}}},
    }
    spec = {
        "id": FLOW_SPEC_ID,
        "name": "CRMToAEP",
        "providerId": DATA_LAKE_PROVIDER_ID,
        "version": "1.0",
        "description": "Ingests tables from CRM, customer-success and database sources into Experience Platform.",
        "sourceConnectionSpecIds": [SSC_SPEC_ID, SNOW_SPEC_ID, SALESFORCE_CRM_SPEC_ID],
        "targetConnectionSpecIds": [DATA_LAKE_SPEC_ID],
        "transformationSpecs": [
            {
                "name": "Copy",
                "spec": json_schema(
                    {
                        "deltaColumn": {
                            "type": "object",
                            "description": "Date-time column used to pick up new and changed rows.",
                            "properties": {
                                "name": {"type": "string"},
                                "dateFormat": {"type": "string"},
                                "timezone": {"type": "string"},
                            },
                            "required": ["name"],
                        },
                    },
                    ["deltaColumn"],
                    description="Incremental copy parameters of table-based sources.",
                ),
            },
            {
                "name": "Mapping",
                "spec": json_schema(
                    {
                        "mappingId": {"type": "string", "description": "Id of the Data Prep mapping set."},
                        "mappingVersion": {"type": ["string", "integer"],
                                           "description": "Version of the mapping set."},
                    },
                    ["mappingId", "mappingVersion"],
                    description="Data Prep mapping set applied to every record.",
                ),
            },
        ],
        "scheduleSpec": {"name": "PeriodicSchedule", "type": "Periodic", "spec": schedule},
        "optionSpec": {
            "name": "OptionSpec",
            "spec": json_schema(
                {
                    "errorDiagnosticsEnabled": {"type": "boolean", "default": False,
                                                "description": "Keep row-level error diagnostics."},
                    "partialIngestionPercent": {"type": "number", "exclusiveMinimum": 0, "maximum": 100,
                                                "description": "Percentage of failed rows tolerated per run."},
                },
                [],
                additionalProperties=False,
            ),
        },
        "runSpec": {
            "name": "ProviderParams",
            "spec": json_schema(
                {
                    "startTime": {"type": "integer", "description": "Epoch seconds the run starts."},
                    "windowStartTime": {"type": "integer", "description": "Epoch seconds, start of the window."},
                    "windowEndTime": {"type": "integer", "description": "Epoch seconds, end of the window."},
                    "deltaColumn": {
                        "type": "object",
                        "properties": {"name": {"type": "string"}},
                        "required": ["name"],
                    },
                },
                ["windowStartTime", "windowEndTime", "deltaColumn"],
                description="Parameters of one (ad-hoc or scheduled) run.",
            ),
        },
        "attributes": {
            "isSourceFlow": True,
            "flacValidationSupported": True,
            "isDraftModeSupported": False,
            "frequency": "batch",
        },
        "permissionsInfo": permissions_info(),
    }
    return {"items": [spec]}


# ---------------------------------------------------------------------------------------------
# 3. Source tables
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = [
    "Ava", "Liam", "Noah", "Emma", "Olivia", "Mateo", "Sofia", "Lucas", "Mia", "Ethan", "Isla", "Leo",
    "Amara", "Jonas", "Priya", "Kenji", "Chloe", "Diego", "Hannah", "Omar", "Freya", "Arjun", "Elena",
    "Tomas", "Nadia", "Felix", "Grace", "Hugo", "Ingrid", "Jasper", "Keira", "Milo", "Nora", "Oscar",
    "Paula", "Rafael", "Selma", "Theo", "Uma", "Victor", "Wren", "Yara", "Zoe", "Aiden", "Bianca",
    "Caleb", "Daria", "Emil", "Farah", "Gideon",
]
MIDDLE_NAMES = ["Rose", "James", "Marie", "Lee", "Ann", "Jay", "Elise", "Kai", "May", "Noel"]
LAST_NAMES = [
    "Abernathy", "Brightwater", "Castellano", "Delacroix", "Eastwood", "Fairbanks", "Galloway", "Hartley",
    "Ishikawa", "Jablonski", "Kowalczyk", "Lindqvist", "Marchetti", "Nakamura", "Oyelaran", "Pemberton",
    "Quintero", "Rasmussen", "Sandoval", "Thornbury", "Underhill", "Valdivia", "Whitlock", "Xiong",
    "Yamamoto", "Zielinski", "Ashcombe", "Bellweather", "Crestfield", "Dunmore", "Ellsworth", "Fenwick",
    "Greenhalgh", "Holloway", "Iverson", "Jorgensen", "Kensington", "Lachance", "Moreau", "Northcott",
]
SALUTATIONS = ["Dr.", "Prof.", "Mx."]  # neutral: the generated first names carry no gender
SUFFIXES = ["Jr.", "Sr.", "II", "III", "PhD"]
COMPANY_WORDS = [
    "Bluefin", "Cobalt", "Harborview", "Juniper", "Granitepeak", "Lumenfield", "Meridianus", "Northgate",
    "Orchidia", "Pinecrest", "Quarrystone", "Redalder", "Silverline", "Tidewater", "Umberlake", "Vantagely",
    "Willowmere", "Zephyrine", "Beaconsfield", "Cascadia", "Driftwood", "Emberly", "Falconridge",
    "Glacierpoint",
]
COMPANY_KINDS = [
    "Logistics", "Analytics", "Health", "Outfitters", "Energy", "Foods", "Robotics", "Textiles",
    "Insurance", "Media", "Labs", "Manufacturing", "Travel", "Systems", "Financial", "Telecom",
]
LEGAL_FORMS = ["Inc.", "LLC", "Ltd.", "GmbH", "Corp.", "S.A.", "Pty Ltd"]
INDUSTRIES = [
    "Technology", "Healthcare", "Retail", "Manufacturing", "Finance", "Insurance", "Energy",
    "Telecommunications", "Transportation", "Media", "Education", "Hospitality", "Consulting",
]
# (city, state/province, postal code pattern, country, ISO code, phone pattern, time zone, lat, lon).
# Phone patterns stay in ranges reserved for fiction where the country has one (555-01xx, 020 7946 0xxx, ...).
CITIES = [
    ("San Francisco", "CA", "941##", "United States", "US", "+1 415 555 01##", "America/Los_Angeles", 37.77, -122.42),
    ("Austin", "TX", "787##", "United States", "US", "+1 512 555 01##", "America/Chicago", 30.27, -97.74),
    ("Chicago", "IL", "606##", "United States", "US", "+1 312 555 01##", "America/Chicago", 41.88, -87.63),
    ("Boston", "MA", "021##", "United States", "US", "+1 617 555 01##", "America/New_York", 42.36, -71.06),
    ("Seattle", "WA", "981##", "United States", "US", "+1 206 555 01##", "America/Los_Angeles", 47.61, -122.33),
    ("Denver", "CO", "802##", "United States", "US", "+1 303 555 01##", "America/Denver", 39.74, -104.99),
    ("Atlanta", "GA", "303##", "United States", "US", "+1 404 555 01##", "America/New_York", 33.75, -84.39),
    ("New York", "NY", "100##", "United States", "US", "+1 212 555 01##", "America/New_York", 40.71, -74.01),
    ("Toronto", "ON", "M5V #A#", "Canada", "CA", "+1 416 555 01##", "America/Toronto", 43.65, -79.38),
    ("Vancouver", "BC", "V6B #C#", "Canada", "CA", "+1 604 555 01##", "America/Vancouver", 49.28, -123.12),
    ("London", "England", "EC1A #BB", "United Kingdom", "GB", "+44 20 7946 0###", "Europe/London", 51.51, -0.13),
    ("Manchester", "England", "M1 #AE", "United Kingdom", "GB", "+44 161 496 0###", "Europe/London", 53.48, -2.24),
    ("Berlin", "Berlin", "101##", "Germany", "DE", "+49 30 5550 ####", "Europe/Berlin", 52.52, 13.40),
    ("Munich", "Bavaria", "803##", "Germany", "DE", "+49 89 5550 ####", "Europe/Berlin", 48.14, 11.58),
    ("Paris", "Ile-de-France", "750##", "France", "FR", "+33 1 99 00 ## ##", "Europe/Paris", 48.86, 2.35),
    ("Lyon", "Auvergne-Rhone-Alpes", "690##", "France", "FR", "+33 4 99 00 ## ##", "Europe/Paris", 45.76, 4.84),
    ("Sydney", "NSW", "20##", "Australia", "AU", "+61 2 5550 ####", "Australia/Sydney", -33.87, 151.21),
    ("Melbourne", "VIC", "30##", "Australia", "AU", "+61 3 5550 ####", "Australia/Melbourne", -37.81, 144.96),
]
STREET_NAMES = ["Maple", "Harbor", "Cedar", "Lakeview", "Orchard", "Granite", "Willow", "Station",
                "Mill", "Riverside", "Chestnut", "Beacon", "Foundry", "Meadow", "Quarry", "Canal"]
STREET_TYPES = ["Street", "Avenue", "Road", "Lane", "Boulevard", "Way", "Drive", "Court"]
DEPARTMENTS = ["Customer Support", "IT Operations", "Finance", "Sales", "Marketing", "Human Resources",
               "Engineering", "Procurement", "Legal", "Facilities"]
TITLES = ["Support Engineer", "IT Manager", "Account Executive", "Operations Analyst", "Director of IT",
          "Customer Success Manager", "Procurement Specialist", "Marketing Coordinator", "CFO",
          "Service Desk Analyst", "Network Administrator", "HR Business Partner", "VP Engineering"]
LANGUAGES = ["en", "en", "en", "de", "fr", "es", "ja", "pt"]

YEAR_START = dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=dt.timezone.utc)
YEAR_SPAN = dt.timedelta(days=330)


def fill_digits(pattern):
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        else:
            out.append(ch)
    return "".join(out)


def snow_time(t):
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def sf_time(t):
    return None if t is None else t.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def iso_date(t):
    return None if t is None else t.strftime("%Y-%m-%d")


def audit_times(count=ROWS_PER_TABLE):
    """Created/updated pairs spread over 2026; both strictly increasing with the row index."""
    step = YEAR_SPAN / count
    out = []
    for i in range(count):
        created = YEAR_START + step * i + dt.timedelta(seconds=rng.randint(0, int(step.total_seconds() * 0.3)))
        created = created.replace(microsecond=0)
        updated = created + dt.timedelta(seconds=rng.randint(600, int(step.total_seconds() * 0.6)))
        out.append((created, updated))
    return out


def between(a, b):
    """Random instant between a and b (seconds precision)."""
    span = int((b - a).total_seconds())
    return a + dt.timedelta(seconds=rng.randint(0, max(span, 0)))


def maybe(value, probability_null):
    return None if rng.random() < probability_null else value


def sys_id():
    return "%032x" % rng.getrandbits(128)


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def sf_id(prefix):
    return prefix + "5g0000" + "".join(rng.choice(B62) for _ in range(9))


def make_person(index):
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    last = LAST_NAMES[(index * 7 + index // len(FIRST_NAMES)) % len(LAST_NAMES)]
    city = rng.choice(CITIES)
    domain = "example.com" if index % 3 else "example.org"
    return {
        "first": first,
        "last": last,
        "middle": maybe(rng.choice(MIDDLE_NAMES), 0.6),
        "email": "%s.%s%d@%s" % (first.lower(), last.lower(), index + 1, domain),
        "city": city,
        "street": "%d %s %s" % (rng.randint(1, 9800), rng.choice(STREET_NAMES), rng.choice(STREET_TYPES)),
        "postal": fill_digits(city[2]),
        "phone": fill_digits(city[5]),
        "mobile": fill_digits(city[5]),
        "title": rng.choice(TITLES),
        "department": rng.choice(DEPARTMENTS),
        "birth": dt.date(1958, 1, 1) + dt.timedelta(days=rng.randint(0, 16000)),
        "language": rng.choice(LANGUAGES),
        "tz": city[6],
    }


def company_names(count):
    combos = [(w, k) for w in COMPANY_WORDS for k in COMPANY_KINDS]
    rng.shuffle(combos)
    return ["%s %s %s" % (w, k, rng.choice(LEGAL_FORMS)) for w, k in combos[:count]]


def slug(text):
    keep = [c.lower() if c.isalnum() else "-" for c in text]
    s = "".join(keep).strip("-")
    while "--" in s:
        s = s.replace("--", "-")
    return s


# Column kinds -> explore column objects (CONTRACT 3.4)
def column(name, kind):
    if kind == "string":
        return {"name": name, "type": "string", "xdm": {"type": "string"}}
    if kind == "boolean":
        return {"name": name, "type": "boolean", "xdm": {"type": "boolean"}}
    if kind == "double":
        return {"name": name, "type": "double", "xdm": {"type": "number"}}
    if kind == "integer":
        return {"name": name, "type": "integer", "xdm": {"type": "integer"}}
    if kind == "date-time":
        return {"name": name, "type": "string", "meta:xdmType": "date-time",
                "xdm": {"type": "string", "format": "date-time"}}
    if kind == "date":
        return {"name": name, "type": "string", "meta:xdmType": "date",
                "xdm": {"type": "string", "format": "date"}}
    raise ValueError(kind)


def check_value(table, name, kind, value):
    if value is None:
        return
    ok = {
        "string": lambda v: isinstance(v, str),
        "date-time": lambda v: isinstance(v, str),
        "date": lambda v: isinstance(v, str) and len(v) == 10,
        "boolean": lambda v: isinstance(v, bool),
        "double": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    }[kind](value)
    if not ok:
        raise SystemExit("%s.%s: value %r does not match kind %s" % (table, name, value, kind))


def make_table(name, kinds, rows):
    """kinds: list of (column name, kind); rows: list of dicts with exactly those keys."""
    names = [n for n, _ in kinds]
    if len(set(names)) != len(names):
        raise SystemExit("%s: duplicate column names" % name)
    ordered_rows = []
    for row in rows:
        if set(row) != set(names):
            missing = set(names) - set(row)
            extra = set(row) - set(names)
            raise SystemExit("%s: row keys differ (missing %s, extra %s)" % (name, sorted(missing), sorted(extra)))
        for n, k in kinds:
            check_value(name, n, k, row[n])
        ordered_rows.append({n: row[n] for n in names})
    return {
        "name": name,
        "path": name,
        "type": "table",
        "canPreview": True,
        "canFetchSchema": True,
        "columns": [column(n, k) for n, k in kinds],
        "rows": ordered_rows,
    }


# --- ServiceNow --------------------------------------------------------------------------------

SNOW_GROUPS = ["Service Desk", "Network", "Hardware", "Software", "Database", "Field Services",
               "Identity and Access", "Application Support"]
SNOW_CATEGORIES = {
    "inquiry": ["antivirus", "email", "internal application"],
    "software": ["email", "operating system", "os", "internal application"],
    "hardware": ["cpu", "disk", "keyboard", "memory", "monitor", "mouse"],
    "network": ["dhcp", "dns", "ip address", "vpn", "wireless"],
    "database": ["db2", "ms sql server", "oracle"],
}
INCIDENT_SUBJECTS = [
    ("Unable to connect to VPN from home office", "network", "vpn"),
    ("Email not syncing on mobile device", "software", "email"),
    ("Laptop battery drains within an hour", "hardware", "cpu"),
    ("Printer on the third floor jams on every job", "hardware", "mouse"),
    ("Password reset link expired before use", "inquiry", "internal application"),
    ("CRM page times out when opening large accounts", "software", "internal application"),
    ("Wi-Fi drops in meeting room Aurora", "network", "wireless"),
    ("Order database reporting replication lag", "database", "oracle"),
    ("Second monitor not detected after docking", "hardware", "monitor"),
    ("Antivirus quarantined the expense report tool", "inquiry", "antivirus"),
    ("Cannot resolve intranet host name", "network", "dns"),
    ("Customer portal returns error 500 on checkout", "software", "internal application"),
    ("Nightly invoice export job failed", "database", "ms sql server"),
    ("Keyboard keys sticking on loaner laptop", "hardware", "keyboard"),
    ("Shared mailbox missing from Outlook", "software", "email"),
    ("IP address conflict reported on warehouse scanner", "network", "ip address"),
    ("Operating system update stuck at 45 percent", "software", "operating system"),
    ("Reporting dashboard shows stale figures", "database", "db2"),
]
INCIDENT_STATES = [(1, "New"), (2, "In Progress"), (3, "On Hold"), (6, "Resolved"), (7, "Closed"),
                   (8, "Canceled")]
CONTACT_TYPES = ["phone", "email", "self-service", "walk-in", "chat", "virtual_agent"]
CLOSE_CODES = ["Solved (Permanently)", "Solved (Work Around)", "Solved Remotely (Permanently)",
               "Not Solved (Not Reproducible)", "Closed/Resolved by Caller"]
CMDB_CIS = ["EXCH-SD-05", "SAP-WEB-01", "VPN-GW-02", "PRN-3F-EAST", "ORA-ORDERS-PRD", "WIFI-AP-114",
            "LAPTOP-4471", "PORTAL-LB-01", "DNS-INT-01", "MSSQL-FIN-02"]
BUSINESS_SERVICES = ["Email", "SAP Financial Accounting", "Customer Portal", "Corporate VPN", "Printing",
                     "Order Management", "Wireless Network", "Reporting"]
HOLD_REASONS = ["Awaiting Caller", "Awaiting Change", "Awaiting Problem", "Awaiting Vendor"]


def servicenow_tables():
    # sys_user ---------------------------------------------------------------------------------
    companies = company_names(12)
    users = []
    times = audit_times()
    for i in range(ROWS_PER_TABLE):
        p = make_person(i)
        created, updated = times[i]
        active = rng.random() > 0.1
        last_login = between(updated, updated + dt.timedelta(days=3)) if active else None
        users.append({
            "sys_id": sys_id(),
            "user_name": ("%s.%s" % (p["first"], p["last"])).lower() + ("" if i < 50 else str(i)),
            "first_name": p["first"],
            "middle_name": p["middle"],
            "last_name": p["last"],
            "name": "%s %s" % (p["first"], p["last"]),
            "email": p["email"],
            "phone": maybe(p["phone"], 0.15),
            "mobile_phone": maybe(p["mobile"], 0.3),
            "home_phone": maybe(fill_digits(p["city"][5]), 0.7),
            "title": p["title"],
            "department": p["department"],
            "company": rng.choice(companies),
            "manager": None,
            "location": "%s Office" % p["city"][0],
            "street": p["street"],
            "city": p["city"][0],
            "state": p["city"][1],
            "zip": p["postal"],
            "country": p["city"][4],
            "time_zone": p["tz"],
            "preferred_language": p["language"],
            "date_format": rng.choice(["", "yyyy-MM-dd", "dd.MM.yyyy", "MM-dd-yyyy"]),
            "employee_number": "E%05d" % (10000 + i * 37),
            "gender": rng.choice(["Female", "Male", "Not specified", None]),
            "introduction": rng.choice(["", "", "", "Dr.", "Prof."]),
            "building": maybe("Building %s" % rng.choice("ABCDEF"), 0.4),
            "cost_center": "CC-%04d" % rng.randint(1000, 1099),
            "source": rng.choice(["", "ldap:CN=%s %s,OU=Staff,DC=corp,DC=example" % (p["first"], p["last"])]),
            "active": active,
            "locked_out": (not active) and rng.random() < 0.5,
            "vip": rng.random() < 0.08,
            "web_service_access_only": False,
            "internal_integration_user": False,
            "password_needs_reset": rng.random() < 0.05,
            "failed_attempts": rng.choice([0, 0, 0, 0, 1, 2, 3]),
            "notification": 2,
            "calendar_integration": rng.choice([0, 1]),
            "last_login": iso_date(last_login),
            "last_login_time": snow_time(last_login),
            "sys_created_on": snow_time(created),
            "sys_created_by": "admin",
            "sys_updated_on": snow_time(updated),
            "sys_updated_by": rng.choice(["admin", "system", "ldap.sync"]),
            "sys_mod_count": rng.randint(0, 40),
            "sys_domain": "global",
        })
    for i, u in enumerate(users):
        if i % 9:
            u["manager"] = users[(i // 9) * 9]["sys_id"]
    user_kinds = [
        ("sys_id", "string"), ("user_name", "string"), ("first_name", "string"), ("middle_name", "string"),
        ("last_name", "string"), ("name", "string"), ("email", "string"), ("phone", "string"),
        ("mobile_phone", "string"), ("home_phone", "string"), ("title", "string"), ("department", "string"),
        ("company", "string"), ("manager", "string"), ("location", "string"), ("street", "string"),
        ("city", "string"), ("state", "string"), ("zip", "string"), ("country", "string"),
        ("time_zone", "string"), ("preferred_language", "string"), ("date_format", "string"),
        ("employee_number", "string"), ("gender", "string"), ("introduction", "string"),
        ("building", "string"), ("cost_center", "string"), ("source", "string"), ("active", "boolean"),
        ("locked_out", "boolean"), ("vip", "boolean"), ("web_service_access_only", "boolean"),
        ("internal_integration_user", "boolean"), ("password_needs_reset", "boolean"),
        ("failed_attempts", "integer"), ("notification", "integer"), ("calendar_integration", "integer"),
        ("last_login", "date"), ("last_login_time", "date-time"), ("sys_created_on", "date-time"),
        ("sys_created_by", "string"), ("sys_updated_on", "date-time"), ("sys_updated_by", "string"),
        ("sys_mod_count", "integer"), ("sys_domain", "string"),
    ]
    agents = [u for u in users if u["department"] in ("IT Operations", "Customer Support", "Engineering")][:15]

    # incident ---------------------------------------------------------------------------------
    incidents = []
    times = audit_times()
    for i in range(ROWS_PER_TABLE):
        created, updated = times[i]
        caller = users[rng.randrange(len(users))]
        agent = rng.choice(agents)
        subject, category, subcategory = rng.choice(INCIDENT_SUBJECTS)
        impact, urgency = rng.randint(1, 3), rng.randint(1, 3)
        priority = min(5, impact + urgency - 1)
        state_code, state = rng.choice(INCIDENT_STATES)
        resolved = state_code in (6, 7)
        resolved_at = between(created, updated) if resolved else None
        closed_at = updated if state_code in (7, 8) else None
        mod_count = rng.randint(1, 25)
        incidents.append({
            "sys_id": sys_id(),
            "number": "INC%07d" % (10001 + i),
            "short_description": subject,
            "description": maybe("%s. Reported by %s %s (%s); affects %s." % (
                subject, caller["first_name"], caller["last_name"], caller["department"],
                rng.choice(["only the caller", "the whole team", "one site", "all remote staff"])), 0.1),
            "caller_id": caller["sys_id"],
            "caller_email": caller["email"],
            "caller_phone": caller["phone"],
            "priority": priority,
            "impact": impact,
            "urgency": urgency,
            "severity": rng.randint(1, 3),
            "state": state,
            "incident_state": state_code,
            "category": category,
            "subcategory": subcategory,
            "contact_type": rng.choice(CONTACT_TYPES),
            "assigned_to": agent["sys_id"] if state_code != 1 else None,
            "assignment_group": rng.choice(SNOW_GROUPS),
            "opened_at": snow_time(created),
            "opened_by": caller["user_name"],
            "resolved_at": snow_time(resolved_at),
            "resolved_by": agent["user_name"] if resolved else None,
            "closed_at": snow_time(closed_at),
            "closed_by": agent["user_name"] if closed_at else None,
            "close_code": rng.choice(CLOSE_CODES) if resolved else None,
            "close_notes": "Fixed and confirmed with the caller." if resolved else None,
            "hold_reason": rng.choice(HOLD_REASONS) if state_code == 3 else None,
            "active": state_code not in (7, 8),
            "company": caller["company"],
            "location": caller["location"],
            "cmdb_ci": rng.choice(CMDB_CIS),
            "business_service": rng.choice(BUSINESS_SERVICES),
            "escalation": rng.choice([0, 0, 0, 1, 2]),
            "reassignment_count": rng.randint(0, 4),
            "reopen_count": rng.choice([0, 0, 0, 0, 1]),
            "made_sla": rng.random() > 0.15,
            "sla_due": snow_time(created + dt.timedelta(hours=[4, 8, 24, 72, 120][priority - 1])),
            "calendar_duration": int((updated - created).total_seconds()) if resolved else None,
            "business_duration": int((updated - created).total_seconds() * 0.35) if resolved else None,
            "time_worked": rng.randint(5, 600) * 60,
            "knowledge": rng.random() < 0.1,
            "work_notes": maybe("Checked logs on %s; escalated to %s." % (
                rng.choice(CMDB_CIS), rng.choice(SNOW_GROUPS)), 0.4),
            "comments": maybe("Caller confirmed the issue is %s." % rng.choice(
                ["still happening", "intermittent", "gone after restart"]), 0.5),
            "problem_id": None,
            "parent_incident": None,
            "child_incidents": 0,
            "customer_satisfaction": round(rng.uniform(1, 5), 1) if resolved and rng.random() > 0.3 else None,
            "sys_created_on": snow_time(created),
            "sys_created_by": caller["user_name"],
            "sys_updated_on": snow_time(updated),
            "sys_updated_by": agent["user_name"],
            "sys_mod_count": mod_count,
            "sys_domain": "global",
        })

    # problem ----------------------------------------------------------------------------------
    problems = []
    times = audit_times()
    problem_states = [(101, "New"), (102, "Assess"), (103, "Root Cause Analysis"), (104, "Fix in Progress"),
                      (106, "Resolved"), (107, "Closed")]
    for i in range(ROWS_PER_TABLE):
        created, updated = times[i]
        subject, category, subcategory = rng.choice(INCIDENT_SUBJECTS)
        agent = rng.choice(agents)
        code, state = rng.choice(problem_states)
        resolved = code in (106, 107)
        impact, urgency = rng.randint(1, 3), rng.randint(1, 3)
        problems.append({
            "sys_id": sys_id(),
            "number": "PRB%07d" % (40001 + i),
            "short_description": "Recurring: " + subject.lower(),
            "description": "Several incidents report that %s. Root cause under investigation." % subject.lower(),
            "state": state,
            "problem_state": code,
            "priority": min(5, impact + urgency - 1),
            "impact": impact,
            "urgency": urgency,
            "category": category,
            "subcategory": subcategory,
            "assigned_to": agent["sys_id"],
            "assignment_group": rng.choice(SNOW_GROUPS),
            "opened_at": snow_time(created),
            "opened_by": agent["user_name"],
            "resolved_at": snow_time(between(created, updated)) if resolved else None,
            "closed_at": snow_time(updated) if code == 107 else None,
            "known_error": rng.random() < 0.3,
            "workaround": maybe("Restart the affected service and clear the local cache.", 0.5),
            "cause_notes": maybe("Configuration drift after the last maintenance window.", 0.6),
            "fix_notes": "Patched configuration and added monitoring." if resolved else None,
            "resolution_code": rng.choice(["fix_applied", "risk_accepted", "duplicate", "canceled"]) if resolved else None,
            "related_incidents": rng.randint(1, 12),
            "first_reported_by_task": incidents[rng.randrange(ROWS_PER_TABLE)]["number"],
            "active": code != 107,
            "company": rng.choice(companies),
            "cmdb_ci": rng.choice(CMDB_CIS),
            "business_service": rng.choice(BUSINESS_SERVICES),
            "reassignment_count": rng.randint(0, 3),
            "sys_created_on": snow_time(created),
            "sys_created_by": agent["user_name"],
            "sys_updated_on": snow_time(updated),
            "sys_updated_by": rng.choice(agents)["user_name"],
            "sys_mod_count": rng.randint(1, 30),
            "sys_domain": "global",
        })
    for inc in incidents:
        if rng.random() < 0.2:
            inc["problem_id"] = problems[rng.randrange(ROWS_PER_TABLE)]["sys_id"]

    # change_request ---------------------------------------------------------------------------
    changes = []
    times = audit_times()
    change_states = [(-5, "New"), (-4, "Assess"), (-3, "Authorize"), (-2, "Scheduled"), (-1, "Implement"),
                     (0, "Review"), (3, "Closed"), (4, "Canceled")]
    change_subjects = ["Upgrade VPN gateway firmware", "Patch order database to latest release",
                       "Replace core switch in data centre", "Rotate TLS certificates on customer portal",
                       "Add capacity to email cluster", "Migrate reporting jobs to new scheduler",
                       "Decommission legacy print server", "Enable MFA for contractor accounts"]
    for i in range(ROWS_PER_TABLE):
        created, updated = times[i]
        agent = rng.choice(agents)
        requester = users[rng.randrange(len(users))]
        code, state = rng.choice(change_states)
        ctype = rng.choice(["normal", "normal", "standard", "emergency"])
        start = created + dt.timedelta(days=rng.randint(2, 20), hours=rng.choice([18, 20, 22]))
        changes.append({
            "sys_id": sys_id(),
            "number": "CHG%07d" % (30001 + i),
            "short_description": rng.choice(change_subjects),
            "description": "Planned change requested by %s for %s." % (requester["name"], requester["department"]),
            "type": ctype,
            "state": state,
            "phase": rng.choice(["requested", "scheduled", "implementation", "review"]),
            "risk": rng.choice(["High", "Moderate", "Low"]),
            "impact": rng.randint(1, 3),
            "priority": rng.randint(1, 4),
            "category": rng.choice(["Hardware", "Software", "Network", "Service", "Documentation"]),
            "assigned_to": agent["sys_id"],
            "assignment_group": rng.choice(SNOW_GROUPS),
            "requested_by": requester["sys_id"],
            "requested_by_date": iso_date(start),
            "start_date": snow_time(start),
            "end_date": snow_time(start + dt.timedelta(hours=rng.choice([1, 2, 4, 6]))),
            "approval": rng.choice(["not requested", "requested", "approved", "rejected"]),
            "cab_required": ctype == "normal",
            "on_hold": rng.random() < 0.05,
            "conflict_status": rng.choice(["Not Run", "No Conflict", "Conflict"]),
            "close_code": rng.choice(["successful", "successful_issues", "unsuccessful"]) if code == 3 else None,
            "close_notes": "Implemented as planned." if code == 3 else None,
            "implementation_plan": "1. Announce maintenance. 2. Apply change. 3. Verify service.",
            "backout_plan": "Restore the previous configuration from backup.",
            "test_plan": "Run the smoke test suite and confirm with the service owner.",
            "justification": maybe("Required to stay within vendor support.", 0.3),
            "cmdb_ci": rng.choice(CMDB_CIS),
            "business_service": rng.choice(BUSINESS_SERVICES),
            "active": code not in (3, 4),
            "sys_created_on": snow_time(created),
            "sys_created_by": requester["user_name"],
            "sys_updated_on": snow_time(updated),
            "sys_updated_by": agent["user_name"],
            "sys_mod_count": rng.randint(1, 20),
            "sys_domain": "global",
        })

    incident_kinds = [
        ("sys_id", "string"), ("number", "string"), ("short_description", "string"), ("description", "string"),
        ("caller_id", "string"), ("caller_email", "string"), ("caller_phone", "string"), ("priority", "integer"),
        ("impact", "integer"), ("urgency", "integer"), ("severity", "integer"), ("state", "string"),
        ("incident_state", "integer"), ("category", "string"), ("subcategory", "string"),
        ("contact_type", "string"), ("assigned_to", "string"), ("assignment_group", "string"),
        ("opened_at", "date-time"), ("opened_by", "string"), ("resolved_at", "date-time"),
        ("resolved_by", "string"), ("closed_at", "date-time"), ("closed_by", "string"),
        ("close_code", "string"), ("close_notes", "string"), ("hold_reason", "string"), ("active", "boolean"),
        ("company", "string"), ("location", "string"), ("cmdb_ci", "string"), ("business_service", "string"),
        ("escalation", "integer"), ("reassignment_count", "integer"), ("reopen_count", "integer"),
        ("made_sla", "boolean"), ("sla_due", "date-time"), ("calendar_duration", "integer"),
        ("business_duration", "integer"), ("time_worked", "integer"), ("knowledge", "boolean"),
        ("work_notes", "string"), ("comments", "string"), ("problem_id", "string"),
        ("parent_incident", "string"), ("child_incidents", "integer"), ("customer_satisfaction", "double"),
        ("sys_created_on", "date-time"), ("sys_created_by", "string"), ("sys_updated_on", "date-time"),
        ("sys_updated_by", "string"), ("sys_mod_count", "integer"), ("sys_domain", "string"),
    ]
    problem_kinds = [
        ("sys_id", "string"), ("number", "string"), ("short_description", "string"), ("description", "string"),
        ("state", "string"), ("problem_state", "integer"), ("priority", "integer"), ("impact", "integer"),
        ("urgency", "integer"), ("category", "string"), ("subcategory", "string"), ("assigned_to", "string"),
        ("assignment_group", "string"), ("opened_at", "date-time"), ("opened_by", "string"),
        ("resolved_at", "date-time"), ("closed_at", "date-time"), ("known_error", "boolean"),
        ("workaround", "string"), ("cause_notes", "string"), ("fix_notes", "string"),
        ("resolution_code", "string"), ("related_incidents", "integer"), ("first_reported_by_task", "string"),
        ("active", "boolean"), ("company", "string"), ("cmdb_ci", "string"), ("business_service", "string"),
        ("reassignment_count", "integer"), ("sys_created_on", "date-time"), ("sys_created_by", "string"),
        ("sys_updated_on", "date-time"), ("sys_updated_by", "string"), ("sys_mod_count", "integer"),
        ("sys_domain", "string"),
    ]
    change_kinds = [
        ("sys_id", "string"), ("number", "string"), ("short_description", "string"), ("description", "string"),
        ("type", "string"), ("state", "string"), ("phase", "string"), ("risk", "string"), ("impact", "integer"),
        ("priority", "integer"), ("category", "string"), ("assigned_to", "string"),
        ("assignment_group", "string"), ("requested_by", "string"), ("requested_by_date", "date"),
        ("start_date", "date-time"), ("end_date", "date-time"), ("approval", "string"),
        ("cab_required", "boolean"), ("on_hold", "boolean"), ("conflict_status", "string"),
        ("close_code", "string"), ("close_notes", "string"), ("implementation_plan", "string"),
        ("backout_plan", "string"), ("test_plan", "string"), ("justification", "string"),
        ("cmdb_ci", "string"), ("business_service", "string"), ("active", "boolean"),
        ("sys_created_on", "date-time"), ("sys_created_by", "string"), ("sys_updated_on", "date-time"),
        ("sys_updated_by", "string"), ("sys_mod_count", "integer"), ("sys_domain", "string"),
    ]
    return {
        "connectionSpecId": SNOW_SPEC_ID,
        "tables": [
            make_table("incident", incident_kinds, incidents),
            make_table("problem", problem_kinds, problems),
            make_table("change_request", change_kinds, changes),
            make_table("sys_user", user_kinds, users),
        ],
    }


# --- Salesforce Service Cloud ------------------------------------------------------------------

SF_ACCOUNT_TYPES = ["Customer - Direct", "Customer - Channel", "Channel Partner / Reseller", "Prospect",
                    "Installation Partner", "Technology Partner", "Other"]
SF_RATINGS = ["Hot", "Warm", "Cold"]
SF_OWNERSHIP = ["Public", "Private", "Subsidiary", "Other"]
SF_SOURCES = ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"]
SF_CASE_STATUSES = ["New", "Working", "Escalated", "On Hold", "Closed"]
SF_CASE_ORIGINS = ["Phone", "Email", "Web", "Chat"]
SF_CASE_REASONS = ["Installation", "Equipment Complexity", "Performance", "Breakdown", "Equipment Design",
                   "Feedback", "Other"]
SF_CASE_TYPES = ["Mechanical", "Electrical", "Electronic", "Structural", "Other", "Problem",
                 "Feature Request", "Question"]
SF_CASE_SUBJECTS = [
    "Generator makes a grinding noise at start-up", "Invoice shows the wrong billing address",
    "Cannot log in to the customer portal", "Replacement part arrived damaged",
    "Request to upgrade support plan", "Firmware update failed on device",
    "Delivery delayed by more than a week", "Feature request: export order history as CSV",
    "Warranty claim for cracked display", "Question about data retention policy",
    "Sensor readings drift after calibration", "Duplicate charge on credit card",
    "Mobile app crashes when opening a case", "Installation technician did not arrive",
]
SF_PRODUCTS = ["GC1040", "GC1060", "GC3020", "GC3040", "GC3060", "GC5020", "GC5040", "GC5060"]


def salesforce_tables():
    owners = [sf_id("005") for _ in range(8)]
    creators = owners[:4]

    # Account ----------------------------------------------------------------------------------
    names = company_names(ROWS_PER_TABLE)
    accounts = []
    times = audit_times()
    for i in range(ROWS_PER_TABLE):
        created, updated = times[i]
        city = rng.choice(CITIES)
        ship_same = rng.random() < 0.6
        ship_city = city if ship_same else rng.choice(CITIES)
        street = "%d %s %s" % (rng.randint(1, 9800), rng.choice(STREET_NAMES), rng.choice(STREET_TYPES))
        ship_street = street if ship_same else "%d %s %s" % (rng.randint(1, 9800), rng.choice(STREET_NAMES),
                                                             rng.choice(STREET_TYPES))
        employees = rng.choice([12, 45, 120, 350, 800, 2400, 5200, 12000, 48000])
        industry = rng.choice(INDUSTRIES)
        sla = rng.choice(["Gold", "Silver", "Platinum", "Bronze", None])
        accounts.append({
            "Id": sf_id("001"),
            "IsDeleted": False,
            "MasterRecordId": None,
            "Name": names[i],
            "Type": rng.choice(SF_ACCOUNT_TYPES),
            "ParentId": None,
            "BillingStreet": street,
            "BillingCity": city[0],
            "BillingState": city[1],
            "BillingPostalCode": fill_digits(city[2]),
            "BillingCountry": city[3],
            "BillingLatitude": round(city[7] + rng.uniform(-0.08, 0.08), 6),
            "BillingLongitude": round(city[8] + rng.uniform(-0.08, 0.08), 6),
            "ShippingStreet": ship_street,
            "ShippingCity": ship_city[0],
            "ShippingState": ship_city[1],
            "ShippingPostalCode": fill_digits(ship_city[2]),
            "ShippingCountry": ship_city[3],
            "Phone": fill_digits(city[5]),
            "Fax": maybe(fill_digits(city[5]), 0.6),
            "AccountNumber": "CD%06d" % (100000 + i * 131),
            "Website": "https://www.%s.example" % slug(names[i].rsplit(" ", 1)[0]),
            "Sic": str(rng.randint(1000, 8999)),
            "SicDesc": industry + " services",
            "Industry": industry,
            "AnnualRevenue": maybe(float(employees * rng.randint(80, 400) * 1000), 0.15),
            "NumberOfEmployees": employees,
            "Ownership": rng.choice(SF_OWNERSHIP),
            "TickerSymbol": maybe("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)), 0.7),
            "Description": maybe("%s customer in %s with %d employees." % (industry, city[3], employees), 0.3),
            "Rating": rng.choice(SF_RATINGS),
            "Site": rng.choice(["Headquarters", "Branch", "Regional Office", None]),
            "OwnerId": rng.choice(owners),
            "CreatedDate": sf_time(created),
            "CreatedById": rng.choice(creators),
            "LastModifiedDate": sf_time(updated),
            "LastModifiedById": rng.choice(owners),
            "SystemModstamp": sf_time(updated),
            "LastActivityDate": iso_date(maybe(between(created, updated), 0.3)),
            "LastViewedDate": sf_time(maybe(updated, 0.4)),
            "LastReferencedDate": sf_time(maybe(updated, 0.4)),
            "AccountSource": rng.choice(SF_SOURCES),
            "CustomerPriority__c": rng.choice(["High", "Medium", "Low"]),
            "SLA__c": sla,
            "SLAExpirationDate__c": iso_date(created + dt.timedelta(days=rng.randint(180, 900))) if sla else None,
            "SLASerialNumber__c": ("SLA-%05d" % rng.randint(0, 99999)) if sla else None,
            "Active__c": rng.choice(["Yes", "Yes", "Yes", "No"]),
            "NumberofLocations__c": float(rng.randint(1, 60)),
            "UpsellOpportunity__c": rng.choice(["Maybe", "No", "Yes"]),
        })
    for i, a in enumerate(accounts):
        if i % 10 == 9:
            a["ParentId"] = accounts[i - 9]["Id"]

    # Contact ----------------------------------------------------------------------------------
    contacts = []
    times = audit_times()
    for i in range(ROWS_PER_TABLE):
        created, updated = times[i]
        p = make_person(i + 100)
        account = accounts[rng.randrange(len(accounts))]
        bounced = rng.random() < 0.05
        contacts.append({
            "Id": sf_id("003"),
            "IsDeleted": False,
            "MasterRecordId": None,
            "AccountId": account["Id"],
            "Salutation": maybe(rng.choice(SALUTATIONS), 0.75),
            "FirstName": p["first"],
            "MiddleName": p["middle"],
            "LastName": p["last"],
            "Suffix": maybe(rng.choice(SUFFIXES), 0.9),
            "Name": "%s %s" % (p["first"], p["last"]),
            "OtherStreet": None,
            "OtherCity": None,
            "OtherState": None,
            "OtherPostalCode": None,
            "OtherCountry": None,
            "MailingStreet": p["street"],
            "MailingCity": p["city"][0],
            "MailingState": p["city"][1],
            "MailingPostalCode": p["postal"],
            "MailingCountry": p["city"][3],
            "Phone": maybe(p["phone"], 0.1),
            "Fax": maybe(fill_digits(p["city"][5]), 0.8),
            "MobilePhone": maybe(p["mobile"], 0.25),
            "HomePhone": maybe(fill_digits(p["city"][5]), 0.7),
            "OtherPhone": None,
            "AssistantName": maybe(rng.choice(FIRST_NAMES) + " " + rng.choice(LAST_NAMES), 0.85),
            "AssistantPhone": None,
            "ReportsToId": None,
            "Email": p["email"],
            "Title": p["title"],
            "Department": p["department"],
            "LeadSource": rng.choice(SF_SOURCES),
            "Birthdate": maybe(p["birth"].isoformat(), 0.2),
            "Description": maybe("Main %s contact at %s." % (p["department"].lower(), account["Name"]), 0.4),
            "OwnerId": account["OwnerId"],
            "HasOptedOutOfEmail": rng.random() < 0.12,
            "HasOptedOutOfFax": rng.random() < 0.3,
            "DoNotCall": rng.random() < 0.08,
            "CreatedDate": sf_time(created),
            "CreatedById": rng.choice(creators),
            "LastModifiedDate": sf_time(updated),
            "LastModifiedById": rng.choice(owners),
            "SystemModstamp": sf_time(updated),
            "LastActivityDate": iso_date(maybe(between(created, updated), 0.3)),
            "LastCURequestDate": None,
            "LastCUUpdateDate": None,
            "LastViewedDate": sf_time(maybe(updated, 0.4)),
            "LastReferencedDate": sf_time(maybe(updated, 0.4)),
            "EmailBouncedReason": "Mailbox unavailable" if bounced else None,
            "EmailBouncedDate": sf_time(between(created, updated)) if bounced else None,
            "IsEmailBounced": bounced,
            "Languages__c": {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
                             "ja": "Japanese", "pt": "Portuguese"}[p["language"]],
            "Level__c": rng.choice(["Primary", "Secondary", "Tertiary"]),
        })
    for i, c in enumerate(contacts):
        if i % 4 == 1:
            same = [x for x in contacts if x["AccountId"] == c["AccountId"] and x is not c]
            if same:
                c["ReportsToId"] = same[0]["Id"]

    # Entitlement ------------------------------------------------------------------------------
    entitlements = []
    times = audit_times()
    for i in range(ROWS_PER_TABLE):
        created, updated = times[i]
        account = accounts[i]
        start = created.date() + dt.timedelta(days=rng.randint(0, 14))
        end = start + dt.timedelta(days=rng.choice([365, 730, 1095]))
        per_incident = rng.random() < 0.3
        cases_total = rng.choice([5, 10, 25]) if per_incident else None
        entitlements.append({
            "Id": sf_id("550"),
            "Name": "%s support for %s" % (rng.choice(["Premier", "Standard", "Phone", "Web"]),
                                           account["Name"]),
            "AccountId": account["Id"],
            "Type": rng.choice(["Phone Support", "Web Support", "Email Support", "Premier Support"]),
            "ServiceContractId": maybe(sf_id("810"), 0.5),
            "ContractLineItemId": None,
            "AssetId": maybe(sf_id("02i"), 0.6),
            "BusinessHoursId": "01m5g00000DEMOBHAA",
            "SlaProcessId": maybe("5525g00000DEMOSLAA", 0.3),
            "StartDate": start.isoformat(),
            "EndDate": end.isoformat(),
            "IsPerIncident": per_incident,
            "CasesPerEntitlement": cases_total,
            "RemainingCases": rng.randint(0, cases_total) if cases_total else None,
            "Status": "Active" if end > dt.date(2026, 12, 4) else "Expired",
            "OwnerId": account["OwnerId"],
            "IsDeleted": False,
            "CreatedDate": sf_time(created),
            "CreatedById": rng.choice(creators),
            "LastModifiedDate": sf_time(updated),
            "LastModifiedById": rng.choice(owners),
            "SystemModstamp": sf_time(updated),
            "LastViewedDate": sf_time(maybe(updated, 0.5)),
            "LastReferencedDate": sf_time(maybe(updated, 0.5)),
        })

    # Case -------------------------------------------------------------------------------------
    cases = []
    times = audit_times()
    for i in range(ROWS_PER_TABLE):
        created, updated = times[i]
        web = rng.random() < 0.25
        contact = None if web and rng.random() < 0.5 else contacts[rng.randrange(len(contacts))]
        account = next((a for a in accounts if contact and a["Id"] == contact["AccountId"]), None)
        ent = next((e for e in entitlements if account and e["AccountId"] == account["Id"]), None)
        status = rng.choice(SF_CASE_STATUSES)
        closed = status == "Closed"
        subject = rng.choice(SF_CASE_SUBJECTS)
        supplied = make_person(200 + i) if web else None
        sla_start = created if ent else None
        cases.append({
            "Id": sf_id("500"),
            "IsDeleted": False,
            "MasterRecordId": None,
            "CaseNumber": "%08d" % (1001 + i),
            "ContactId": contact["Id"] if contact else None,
            "AccountId": account["Id"] if account else None,
            "AssetId": maybe(sf_id("02i"), 0.7),
            "EntitlementId": ent["Id"] if ent else None,
            "ParentId": None,
            "SuppliedName": ("%s %s" % (supplied["first"], supplied["last"])) if supplied else None,
            "SuppliedEmail": supplied["email"] if supplied else None,
            "SuppliedPhone": supplied["phone"] if supplied else None,
            "SuppliedCompany": rng.choice(names) if supplied else None,
            "Type": rng.choice(SF_CASE_TYPES),
            "Status": status,
            "Reason": rng.choice(SF_CASE_REASONS),
            "Origin": "Web" if web else rng.choice(SF_CASE_ORIGINS),
            "Subject": subject,
            "Priority": rng.choice(["High", "Medium", "Medium", "Low"]),
            "Description": maybe("%s. Customer reference %s, product %s." % (
                subject, "REF-%05d" % rng.randint(0, 99999), rng.choice(SF_PRODUCTS)), 0.1),
            "IsClosed": closed,
            "ClosedDate": sf_time(updated) if closed else None,
            "IsEscalated": status == "Escalated" or rng.random() < 0.05,
            "OwnerId": rng.choice(owners),
            "ContactPhone": contact["Phone"] if contact else None,
            "ContactMobile": contact["MobilePhone"] if contact else None,
            "ContactEmail": contact["Email"] if contact else None,
            "ContactFax": contact["Fax"] if contact else None,
            "Comments": maybe("Customer prefers a call back in the morning.", 0.8),
            "SlaStartDate": sf_time(sla_start),
            "SlaExitDate": sf_time(updated) if ent and closed else None,
            "IsStopped": status == "On Hold",
            "StopStartDate": sf_time(between(created, updated)) if status == "On Hold" else None,
            "MilestoneStatus": ("Compliant" if rng.random() < 0.8 else "Open Violation") if ent else None,
            "BusinessHoursId": "01m5g00000DEMOBHAA",
            "EngineeringReqNumber__c": maybe("ENG-%05d" % rng.randint(0, 99999), 0.8),
            "SLAViolation__c": rng.choice(["No", "No", "No", "Yes"]),
            "Product__c": rng.choice(SF_PRODUCTS),
            "PotentialLiability__c": rng.choice(["No", "No", "Yes"]),
            "CSAT__c": round(rng.uniform(1, 5), 1) if closed and rng.random() < 0.7 else None,
            "CreatedDate": sf_time(created),
            "CreatedById": rng.choice(creators),
            "LastModifiedDate": sf_time(updated),
            "LastModifiedById": rng.choice(owners),
            "SystemModstamp": sf_time(updated),
            "LastViewedDate": sf_time(maybe(updated, 0.4)),
            "LastReferencedDate": sf_time(maybe(updated, 0.4)),
        })
    for i, c in enumerate(cases):
        if i % 17 == 16:
            c["ParentId"] = cases[i - 1]["Id"]

    account_kinds = [
        ("Id", "string"), ("IsDeleted", "boolean"), ("MasterRecordId", "string"), ("Name", "string"),
        ("Type", "string"), ("ParentId", "string"), ("BillingStreet", "string"), ("BillingCity", "string"),
        ("BillingState", "string"), ("BillingPostalCode", "string"), ("BillingCountry", "string"),
        ("BillingLatitude", "double"), ("BillingLongitude", "double"), ("ShippingStreet", "string"),
        ("ShippingCity", "string"), ("ShippingState", "string"), ("ShippingPostalCode", "string"),
        ("ShippingCountry", "string"), ("Phone", "string"), ("Fax", "string"), ("AccountNumber", "string"),
        ("Website", "string"), ("Sic", "string"), ("SicDesc", "string"), ("Industry", "string"),
        ("AnnualRevenue", "double"), ("NumberOfEmployees", "integer"), ("Ownership", "string"),
        ("TickerSymbol", "string"), ("Description", "string"), ("Rating", "string"), ("Site", "string"),
        ("OwnerId", "string"), ("CreatedDate", "date-time"), ("CreatedById", "string"),
        ("LastModifiedDate", "date-time"), ("LastModifiedById", "string"), ("SystemModstamp", "date-time"),
        ("LastActivityDate", "date"), ("LastViewedDate", "date-time"), ("LastReferencedDate", "date-time"),
        ("AccountSource", "string"), ("CustomerPriority__c", "string"), ("SLA__c", "string"),
        ("SLAExpirationDate__c", "date"), ("SLASerialNumber__c", "string"), ("Active__c", "string"),
        ("NumberofLocations__c", "double"), ("UpsellOpportunity__c", "string"),
    ]
    contact_kinds = [
        ("Id", "string"), ("IsDeleted", "boolean"), ("MasterRecordId", "string"), ("AccountId", "string"),
        ("Salutation", "string"), ("FirstName", "string"), ("MiddleName", "string"), ("LastName", "string"),
        ("Suffix", "string"), ("Name", "string"), ("OtherStreet", "string"), ("OtherCity", "string"),
        ("OtherState", "string"), ("OtherPostalCode", "string"), ("OtherCountry", "string"),
        ("MailingStreet", "string"), ("MailingCity", "string"), ("MailingState", "string"),
        ("MailingPostalCode", "string"), ("MailingCountry", "string"), ("Phone", "string"), ("Fax", "string"),
        ("MobilePhone", "string"), ("HomePhone", "string"), ("OtherPhone", "string"),
        ("AssistantName", "string"), ("AssistantPhone", "string"), ("ReportsToId", "string"),
        ("Email", "string"), ("Title", "string"), ("Department", "string"), ("LeadSource", "string"),
        ("Birthdate", "date"), ("Description", "string"), ("OwnerId", "string"),
        ("HasOptedOutOfEmail", "boolean"), ("HasOptedOutOfFax", "boolean"), ("DoNotCall", "boolean"),
        ("CreatedDate", "date-time"), ("CreatedById", "string"), ("LastModifiedDate", "date-time"),
        ("LastModifiedById", "string"), ("SystemModstamp", "date-time"), ("LastActivityDate", "date"),
        ("LastCURequestDate", "date-time"), ("LastCUUpdateDate", "date-time"),
        ("LastViewedDate", "date-time"), ("LastReferencedDate", "date-time"),
        ("EmailBouncedReason", "string"), ("EmailBouncedDate", "date-time"), ("IsEmailBounced", "boolean"),
        ("Languages__c", "string"), ("Level__c", "string"),
    ]
    entitlement_kinds = [
        ("Id", "string"), ("Name", "string"), ("AccountId", "string"), ("Type", "string"),
        ("ServiceContractId", "string"), ("ContractLineItemId", "string"), ("AssetId", "string"),
        ("BusinessHoursId", "string"), ("SlaProcessId", "string"), ("StartDate", "date"),
        ("EndDate", "date"), ("IsPerIncident", "boolean"), ("CasesPerEntitlement", "integer"),
        ("RemainingCases", "integer"), ("Status", "string"), ("OwnerId", "string"), ("IsDeleted", "boolean"),
        ("CreatedDate", "date-time"), ("CreatedById", "string"), ("LastModifiedDate", "date-time"),
        ("LastModifiedById", "string"), ("SystemModstamp", "date-time"), ("LastViewedDate", "date-time"),
        ("LastReferencedDate", "date-time"),
    ]
    case_kinds = [
        ("Id", "string"), ("IsDeleted", "boolean"), ("MasterRecordId", "string"), ("CaseNumber", "string"),
        ("ContactId", "string"), ("AccountId", "string"), ("AssetId", "string"), ("EntitlementId", "string"),
        ("ParentId", "string"), ("SuppliedName", "string"), ("SuppliedEmail", "string"),
        ("SuppliedPhone", "string"), ("SuppliedCompany", "string"), ("Type", "string"), ("Status", "string"),
        ("Reason", "string"), ("Origin", "string"), ("Subject", "string"), ("Priority", "string"),
        ("Description", "string"), ("IsClosed", "boolean"), ("ClosedDate", "date-time"),
        ("IsEscalated", "boolean"), ("OwnerId", "string"), ("ContactPhone", "string"),
        ("ContactMobile", "string"), ("ContactEmail", "string"), ("ContactFax", "string"),
        ("Comments", "string"), ("SlaStartDate", "date-time"), ("SlaExitDate", "date-time"),
        ("IsStopped", "boolean"), ("StopStartDate", "date-time"), ("MilestoneStatus", "string"),
        ("BusinessHoursId", "string"), ("EngineeringReqNumber__c", "string"), ("SLAViolation__c", "string"),
        ("Product__c", "string"), ("PotentialLiability__c", "string"), ("CSAT__c", "double"),
        ("CreatedDate", "date-time"), ("CreatedById", "string"), ("LastModifiedDate", "date-time"),
        ("LastModifiedById", "string"), ("SystemModstamp", "date-time"), ("LastViewedDate", "date-time"),
        ("LastReferencedDate", "date-time"),
    ]
    return {
        "connectionSpecId": SSC_SPEC_ID,
        "tables": [
            make_table("Account", account_kinds, accounts),
            make_table("Case", case_kinds, cases),
            make_table("Contact", contact_kinds, contacts),
            make_table("Entitlement", entitlement_kinds, entitlements),
        ],
    }


# ---------------------------------------------------------------------------------------------
# 4./5. XDM classes and field groups (fully resolved trees)
# ---------------------------------------------------------------------------------------------

INT_RANGES = {
    "long": (-9007199254740991, 9007199254740991),
    "int": (-2147483648, 2147483647),
    "short": (-32768, 32767),
    "byte": (-128, 127),
}


def leaf(xdm_type, title, description, **extra):
    node = {}
    if xdm_type in ("string",):
        node["type"] = "string"
    elif xdm_type == "date":
        node["type"] = "string"
        node["format"] = "date"
    elif xdm_type == "date-time":
        node["type"] = "string"
        node["format"] = "date-time"
    elif xdm_type == "number":
        node["type"] = "number"
    elif xdm_type in INT_RANGES:
        node["type"] = "integer"
        node["minimum"], node["maximum"] = INT_RANGES[xdm_type]
    elif xdm_type == "boolean":
        node["type"] = "boolean"
    else:
        raise ValueError(xdm_type)
    fmt = extra.pop("format", None)
    if fmt:
        node["format"] = fmt
    node["meta:xdmType"] = xdm_type
    node["title"] = title
    node["description"] = description
    enum = extra.pop("enum", None)
    if enum:
        node["enum"] = [value for value, _ in enum]
        node["meta:enum"] = {value: label for value, label in enum}
    node.update(extra)
    return node


def S(title, description, **extra):
    return leaf("string", title, description, **extra)


def DT(title, description):
    return leaf("date-time", title, description)


def D(title, description):
    return leaf("date", title, description)


def B(title, description, **extra):
    return leaf("boolean", title, description, **extra)


def N(title, description):
    return leaf("number", title, description)


def L(title, description):
    return leaf("long", title, description)


def I(title, description):
    return leaf("int", title, description)


def SH(title, description):
    return leaf("short", title, description)


def OBJ(title, description, properties):
    return {"type": "object", "meta:xdmType": "object", "title": title, "description": description,
            "properties": properties}


def ARR(title, description, items):
    return {"type": "array", "meta:xdmType": "array", "title": title, "description": description,
            "items": items}


def URI(title, description):
    return S(title, description, format="uri")


def identity_map():
    item = OBJ("Identity", "An identity of the subject in one namespace.", {
        "id": S("Identifier", "The identity value within its namespace, e.g. an email address or CRM id."),
        "authenticatedState": S("Authenticated state", "State of the identity when it was observed.",
                                enum=[("ambiguous", "Ambiguous"), ("authenticated", "User identified by a login"),
                                      ("loggedOut", "User was identified but has logged out")]),
        "primary": B("Primary", "Whether this is the primary identity of the subject."),
    })
    return {
        "type": "object",
        "meta:xdmType": "map",
        "title": "Identity map",
        "description": "Identities of the subject keyed by identity namespace code (for example Email or "
                       "CRMID); each value is an array of identity objects.",
        "additionalProperties": {"type": "array", "meta:xdmType": "array", "items": item},
    }


def repo_object():
    return OBJ("Repository", "System-maintained repository metadata of the record.", {
        "createDate": DT("Create date", "Date and time the record was first written to the repository."),
        "modifyDate": DT("Modify date", "Date and time the record was last modified in the repository."),
    })


def audit_fields():
    return {
        "_repo": repo_object(),
        "createdByBatchID": S("Created by batch identifier", "Id of the batch that created the record.",
                                format="uri-reference"),
        "modifiedByBatchID": S("Modified by batch identifier", "Id of the batch that last modified the record.",
                                 format="uri-reference"),
        "repositoryCreatedBy": S("Created by user identifier", "Id of the user or system that created the record."),
        "repositoryLastModifiedBy": S("Modified by user identifier",
                                      "Id of the user or system that last modified the record."),
    }


def xdm_classes():
    profile_props = {
        "_id": S("Identifier", "A unique identifier of the record, for example a UUID or the source row id."),
    }
    profile_props.update(audit_fields())
    profile_props["personID"] = S("Person ID", "Unique identifier of the person this profile describes.")
    profile_props["identityMap"] = identity_map()

    event_props = {
        "_id": S("Identifier", "Unique identifier of the event; events with the same _id are de-duplicated."),
        "timestamp": DT("Timestamp", "Date and time the event happened, in RFC 3339 format."),
        "eventType": S("Event type", "Primary event type of this time-series record.", enum=[
            ("web.webpagedetails.pageViews", "Web page view"),
            ("web.webinteraction.linkClicks", "Web link click"),
            ("commerce.purchases", "Purchase"),
            ("commerce.productViews", "Product view"),
            ("commerce.productListAdds", "Add to cart"),
            ("application.launch", "Application launch"),
            ("support.caseOpened", "Support case opened"),
            ("support.caseClosed", "Support case closed"),
        ]),
        "producedBy": S("Produced by", "Value that describes who produced the event, e.g. self, system, salesRef."),
        "identityMap": identity_map(),
    }
    event_props.update(audit_fields())

    record_props = {
        "_id": S("Identifier", "A unique identifier of the record, for example the primary key in the source."),
    }
    record_props.update(audit_fields())

    def cls(xdm_id, title, description, extends, behavior, props):
        return {
            "$id": xdm_id,
            "meta:altId": alt_id(xdm_id),
            "meta:resourceType": "classes",
            "version": "1.0",
            "title": title,
            "description": description,
            "type": "object",
            "meta:extends": extends,
            "meta:behavior": behavior,
            "properties": props,
        }

    return {"results": [
        cls(PROFILE_CLASS, "XDM Individual Profile",
            "A singular representation of the attributes and interests of both identified and partially "
            "identified individuals.",
            ["https://ns.adobe.com/xdm/data/record", "https://ns.adobe.com/xdm/common/auditable",
             "https://ns.adobe.com/xdm/context/identitymap"], "record", profile_props),
        cls(EVENT_CLASS, "XDM ExperienceEvent",
            "A time-series record of a system event or an action taken by an individual.",
            ["https://ns.adobe.com/xdm/data/time-series", "https://ns.adobe.com/xdm/common/auditable",
             "https://ns.adobe.com/xdm/context/identitymap"], "time-series", event_props),
        cls(RECORD_CLASS, "Record",
            "Base class for record data: a snapshot of an entity (account, case, ticket) at a point in time.",
            ["https://ns.adobe.com/xdm/common/auditable"], "record", record_props),
    ]}


def postal_address(title, description):
    return OBJ(title, description, {
        "primary": B("Primary", "Whether this is the primary address of the subject."),
        "label": S("Label", "Free-form name of the address, e.g. Main office."),
        "street1": S("Street 1", "First line of the street address: house number and street."),
        "street2": S("Street 2", "Second line of the street address: apartment, suite or floor."),
        "street3": S("Street 3", "Third line of the street address."),
        "street4": S("Street 4", "Fourth line of the street address."),
        "city": S("City", "Name of the city."),
        "postOfficeBox": S("Post office box", "Post office box number."),
        "stateProvince": S("State or province", "State, province or region of the address."),
        "stateProvinceISO": S("State or province ISO code", "ISO 3166-2 code of the state or province."),
        "region": S("Region", "Larger region the address belongs to, e.g. EMEA or North America."),
        "postalCode": S("Postal code", "Postal or ZIP code of the address."),
        "country": S("Country", "Name of the country in free text."),
        "countryCode": S("Country code", "ISO 3166-1 alpha-2 code of the country.", pattern="^[A-Z]{2}$"),
        "status": S("Status", "Whether the address is currently usable.", enum=[
            ("active", "Active"), ("incomplete", "Incomplete"), ("pending_verification", "Pending verification"),
            ("blacklisted", "Blocked"), ("blocked", "Blocked by the subject")]),
        "lastVerifiedDate": D("Last verified date", "Date the address was last verified."),
        "latitude": N("Latitude", "Latitude of the address in decimal degrees."),
        "longitude": N("Longitude", "Longitude of the address in decimal degrees."),
    })


def email_address(title, description):
    return OBJ(title, description, {
        "address": S("Address", "The email address, e.g. jane.doe@example.com.", format="email"),
        "primary": B("Primary", "Whether this is the primary email address of the subject."),
        "label": S("Label", "Free-form name of the address, e.g. Work or Personal."),
        "type": S("Type", "Kind of mailbox.", enum=[("personal", "Personal"), ("work", "Work"),
                                                    ("education", "Education"), ("other", "Other")]),
        "status": S("Status", "Whether the address can be used for communication.", enum=[
            ("active", "Active"), ("incomplete", "Incomplete"), ("pending_verification", "Pending verification"),
            ("blocked", "Blocked")]),
        "statusReason": S("Status reason", "Why the address has its current status, e.g. hard bounce."),
    })


def phone_number(title, description, full=True):
    props = {
        "number": S("Number", "The phone number in free format; E.164 format is preferred."),
        "primary": B("Primary", "Whether this is the primary phone number of the subject."),
    }
    if full:
        props.update({
            "countryCode": S("Country code", "International dialling code, e.g. +1 or +44."),
            "extension": S("Extension", "Internal extension of the number."),
            "status": S("Status", "Whether the number can be used.", enum=[
                ("active", "Active"), ("incomplete", "Incomplete"), ("pending_verification", "Pending verification"),
                ("blocked", "Blocked")]),
            "validity": S("Validity", "Result of the last number validation.", enum=[
                ("consistent", "Consistent"), ("inconsistent", "Inconsistent"), ("incomplete", "Incomplete"),
                ("invalid", "Invalid"), ("invalid_region", "Invalid region"), ("invalid_number", "Invalid number")]),
        })
    return OBJ(title, description, props)


def person_name():
    return OBJ("Full name", "The full name of the person, in its components.", {
        "courtesyTitle": S("Courtesy title", "Normally an abbreviation of a title such as Mr., Ms. or Dr."),
        "firstName": S("First name", "The first segment of the name in the writing order most commonly "
                                     "accepted in the language of the name; often the given name."),
        "middleName": S("Middle name", "Middle, alternative or additional names supplied between the first "
                                       "name and last name."),
        "lastName": S("Last name", "The last segment of the name; in many cultures the family name."),
        "fullName": S("Full name", "The full name of the person, in the writing order of the language of the "
                                   "name, e.g. Jane Ann Doe."),
        "suffix": S("Suffix", "Abbreviation of a generational or honorary suffix, e.g. Jr., Sr., III, PhD."),
    })


CONSENT_VALUES = [("y", "Yes (opt-in)"), ("n", "No (opt-out)"), ("p", "Pending verification"),
                  ("u", "Unknown"), ("dy", "Default yes"), ("dn", "Default no"), ("LI", "Legitimate interest"),
                  ("CT", "Contract"), ("CP", "Compliance with a legal obligation"), ("VI", "Vital interest"),
                  ("PI", "Public interest")]


def consent_value(title, description):
    return OBJ(title, description, {
        "val": S("Consent value", "The consent choice of the customer.", enum=CONSENT_VALUES),
    })


def marketing_preference(title, description):
    return OBJ(title, description, {
        "val": S("Consent value", "Whether the customer agrees to marketing on this channel.", enum=CONSENT_VALUES),
        "time": DT("Time", "Date and time the choice was last made or changed."),
        "reason": S("Reason", "Why the customer made the choice, e.g. too frequent."),
        "subscriptions": {"type": "object", "meta:xdmType": "map", "title": "Subscriptions",
                          "description": "Subscription choices keyed by subscription list name.",
                          "additionalProperties": OBJ("Subscription", "One subscription choice.", {
                              "val": S("Value", "Subscribed (y) or unsubscribed (n).",
                                       enum=[("y", "Subscribed"), ("n", "Unsubscribed")]),
                              "time": DT("Time", "Date and time of the choice."),
                          })},
    })


def field_group(xdm_id, title, description, classes, properties):
    return {
        "$id": xdm_id,
        "meta:altId": alt_id(xdm_id),
        "meta:resourceType": "mixins",
        "version": "1.0",
        "title": title,
        "description": description,
        "type": "object",
        "meta:intendedToExtend": classes,
        "properties": properties,
    }


def money(title, description):
    return OBJ(title, description, {
        "amount": N("Amount", "The amount in the currency given by currencyCode."),
        "currencyCode": S("Currency code", "ISO 4217 currency code, e.g. USD or EUR.", pattern="^[A-Z]{3}$"),
    })


def measure(title, description):
    return OBJ(title, description, {
        "id": S("Identifier", "Unique identifier of the measure."),
        "value": N("Value", "Quantity of the measure, usually 1 per event."),
    })


def xdm_fieldgroups():
    groups = []
    P, E, R = PROFILE_CLASS, EVENT_CLASS, RECORD_CLASS

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-person-details", "Demographic Details",
        "Basic demographic information about an individual, such as name, birth date and gender.", [P],
        {"person": OBJ("Person", "An individual actor, contact or owner.", {
            "name": person_name(),
            "birthDate": D("Birth date", "The full date a person was born."),
            "birthDayAndMonth": S("Birth day and month", "Day and month of birth in MM-DD format, for use when "
                                                        "the year is unknown.", pattern="^[0-9]{2}-[0-9]{2}$"),
            "birthYear": SH("Birth year", "The year a person was born including the century, e.g. 1983."),
            "gender": S("Gender", "The gender identity of the person.", enum=[
                ("male", "Male"), ("female", "Female"), ("not_specified", "Not specified"),
                ("non_specific", "Non-specific")]),
            "maritalStatus": S("Marital status", "Current marital status of the person.", enum=[
                ("single", "Single"), ("married", "Married"), ("divorced", "Divorced"),
                ("widowed", "Widowed"), ("separated", "Separated"), ("not_specified", "Not specified")]),
            "nationality": S("Nationality", "Country of citizenship as ISO 3166-1 alpha-2 code."),
            "numberOfChildren": I("Number of children", "Number of children the person has."),
        })}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-personal-details", "Personal Contact Details",
        "Personal contact information: home address, personal email and personal phone numbers.", [P],
        {
            "homeAddress": postal_address("Home address", "The postal address of the person's home."),
            "personalEmail": email_address("Personal email", "The personal email address of the person."),
            "homePhone": phone_number("Home phone", "The phone number of the person's home."),
            "mobilePhone": phone_number("Mobile phone", "The personal mobile phone number."),
            "faxPhone": phone_number("Fax phone", "The fax number of the person.", full=False),
        }))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-work-details", "Work Contact Details",
        "Professional contact information: work address, work email, work phone and employers.", [P],
        {
            "workAddress": postal_address("Work address", "The postal address of the person's workplace."),
            "workEmail": email_address("Work email", "The work email address of the person."),
            "workPhone": phone_number("Work phone", "The work phone number of the person."),
            "organizations": ARR("Organizations", "Organizations the person works or has worked for.",
                                 OBJ("Organization", "Employment of the person at one organization.", {
                                     "name": S("Name", "Name of the organization."),
                                     "department": S("Department", "Department the person works in."),
                                     "title": S("Job title", "Job title of the person in the organization."),
                                     "role": S("Role", "Role of the person, e.g. decision maker."),
                                     "startDate": D("Start date", "Date the person joined the organization."),
                                     "endDate": D("End date", "Date the person left the organization."),
                                     "isCurrent": B("Current", "Whether the person still works there."),
                                 })),
        }))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-consents", "Consents and Preferences",
        "Captures the consent and marketing preferences of a customer.", [P],
        {"consents": OBJ("Consents and preferences", "Consent and preference choices of the customer.", {
            "collect": consent_value("Collect", "Consent to collect data about the customer."),
            "share": consent_value("Share", "Consent to share data with second and third parties."),
            "personalize": OBJ("Personalization", "Consent to use data for personalization.", {
                "content": consent_value("Content", "Consent to personalize content on owned channels."),
            }),
            "marketing": OBJ("Marketing", "Marketing preferences per channel.", {
                "preferred": S("Preferred channel", "The preferred marketing channel of the customer.", enum=[
                    ("email", "Email"), ("push", "Push notification"), ("inApp", "In-app message"),
                    ("sms", "SMS"), ("phone", "Phone call"), ("postalMail", "Postal mail"), ("fax", "Fax"),
                    ("none", "None"), ("unknown", "Unknown")]),
                "any": marketing_preference("Any marketing", "Consent to marketing on any channel."),
                "email": marketing_preference("Email marketing", "Consent to marketing by email."),
                "sms": marketing_preference("SMS marketing", "Consent to marketing by text message."),
                "call": marketing_preference("Phone call marketing", "Consent to marketing by phone call."),
                "push": marketing_preference("Push marketing", "Consent to marketing by push notification."),
                "postalMail": marketing_preference("Postal mail marketing", "Consent to marketing by post."),
            }),
            "metadata": OBJ("Metadata", "Metadata about the consent choices.", {
                "time": DT("Time", "Date and time the consents were last updated."),
            }),
        })}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-loyalty-details", "Loyalty Details",
        "Loyalty program membership of a customer: program, tier and points.", [P],
        {"loyalty": OBJ("Loyalty", "Loyalty program details of the customer.", {
            "loyaltyID": ARR("Loyalty ID", "Loyalty account identifiers of the customer.",
                             S("Loyalty ID", "One loyalty account identifier.")),
            "program": S("Program", "Name of the loyalty program."),
            "tier": S("Tier", "Current tier of the member, e.g. Gold."),
            "status": S("Status", "Status of the membership.", enum=[
                ("active", "Active"), ("inactive", "Inactive"), ("suspended", "Suspended")]),
            "points": N("Points", "Number of points currently available."),
            "pointsRedeemed": N("Points redeemed", "Number of points redeemed so far."),
            "pointsExpiration": DT("Points expiration", "Date and time the current points expire."),
            "lifetimePoints": N("Lifetime points", "Total points earned since joining."),
            "joinDate": DT("Join date", "Date and time the customer joined the program."),
            "upgradeDate": DT("Upgrade date", "Date and time of the last tier upgrade."),
            "expectedTierRenewalDate": D("Expected tier renewal date", "Date the current tier must be renewed."),
        })}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-preferences-details", "Preference Details",
        "General preferences of a customer: language, currency, time zone and contact channel.", [P],
        {"preferences": OBJ("Preferences", "General preferences of the customer.", {
            "preferredLanguage": S("Preferred language", "Preferred language as BCP 47 tag, e.g. en-US."),
            "preferredCurrency": S("Preferred currency", "Preferred currency as ISO 4217 code."),
            "timeZone": S("Time zone", "Preferred IANA time zone, e.g. Europe/Berlin."),
            "preferredContactChannel": S("Preferred contact channel", "How the customer prefers to be "
                                         "contacted by support.", enum=[
                                             ("email", "Email"), ("phone", "Phone"), ("chat", "Chat"),
                                             ("portal", "Self-service portal")]),
            "preferredContactTime": S("Preferred contact time", "Time of day the customer prefers to be "
                                      "contacted, e.g. mornings."),
            "doNotDisturb": B("Do not disturb", "Customer asked not to be contacted proactively."),
        })}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-subscriptions", "Subscription Details",
        "Subscriptions and service contracts held by a customer.", [P],
        {"subscriptions": ARR("Subscriptions", "Subscriptions of the customer.",
                              OBJ("Subscription", "One subscription or support contract.", {
                                  "subscriptionID": S("Subscription ID", "Identifier of the subscription."),
                                  "type": S("Type", "Kind of subscription, e.g. Premier Support."),
                                  "status": S("Status", "Status of the subscription.", enum=[
                                      ("active", "Active"), ("expired", "Expired"), ("canceled", "Canceled"),
                                      ("pending", "Pending")]),
                                  "startDate": D("Start date", "First day the subscription is valid."),
                                  "endDate": D("End date", "Last day the subscription is valid."),
                                  "paymentFrequency": S("Payment frequency", "How often the subscription is "
                                                        "billed, e.g. monthly."),
                                  "paymentStatus": S("Payment status", "Status of the latest payment."),
                                  "renewalDate": D("Renewal date", "Next renewal date."),
                                  "price": money("Price", "Price per billing period."),
                                  "casesIncluded": I("Cases included", "Number of support cases included."),
                                  "casesRemaining": I("Cases remaining", "Number of support cases left."),
                              }))}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-test-details", "Profile Test Details",
        "Marks a profile as a test profile so it can be excluded from production audiences.", [P],
        {"testProfile": B("Test profile", "Whether the profile is used for testing only.")}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-user-account-details", "User Account Details",
        "Details of the individual's user account in an application, such as a service portal.", [P],
        {"userAccount": OBJ("User account", "The user account of the individual.", {
            "ID": S("Account ID", "Identifier of the user account."),
            "name": S("User name", "Login name of the user account."),
            "startDate": DT("Start date", "Date and time the account was created."),
            "lastLoginDate": DT("Last login date", "Date and time of the last successful login."),
            "status": S("Status", "Status of the account.", enum=[
                ("active", "Active"), ("locked", "Locked"), ("disabled", "Disabled")]),
            "isVIP": B("VIP", "Whether the user receives VIP handling."),
            "failedLoginAttempts": SH("Failed login attempts", "Consecutive failed login attempts."),
            "employeeNumber": S("Employee number", "Employee number of the account owner."),
            "manager": S("Manager", "Identifier of the account owner's manager."),
            "costCenter": S("Cost center", "Cost center the account is billed to."),
            "domain": S("Domain", "Domain or tenant of the account."),
        })}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/profile-segmentation", "Segment Membership Details",
        "Audience (segment) membership of a profile, written by Platform.", [P],
        {"segmentMembership": {
            "type": "object", "meta:xdmType": "map", "title": "Segment membership",
            "description": "Segment memberships keyed by namespace, then by segment id.",
            "additionalProperties": {
                "type": "object", "meta:xdmType": "map", "title": "Segments of a namespace",
                "description": "Segment memberships of one namespace keyed by segment id.",
                "additionalProperties": OBJ("Segment membership", "Membership of one segment.", {
                    "status": S("Status", "Membership status.", enum=[
                        ("realized", "Realized"), ("existing", "Existing"), ("exited", "Exited")]),
                    "lastQualificationTime": DT("Last qualification time", "When the profile last qualified."),
                    "version": S("Version", "Version of the segment definition."),
                }),
            },
        }}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/mixins/external-source-system-audit-details",
        "External Source System Audit Details",
        "Audit attributes maintained by the external source system the data comes from.", [P, R],
        {"extSourceSystemAudit": OBJ("External source system audit", "Audit attributes of the source system.", {
            "createdBy": S("Created by", "Id of the user who created the record in the source system."),
            "createdDate": DT("Created date", "Date and time the record was created in the source system."),
            "lastUpdatedBy": S("Last updated by", "Id of the user who last updated the record in the source."),
            "lastUpdatedDate": DT("Last updated date", "Date and time the record was last updated in the source."),
            "lastActivityDate": DT("Last activity date", "Date and time of the last activity on the record."),
            "lastReferencedDate": DT("Last referenced date", "Date and time the record was last referenced."),
            "lastViewedDate": DT("Last viewed date", "Date and time the record was last viewed."),
        })}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/experienceevent-environment-details", "Environment Details",
        "Device and environment in which an experience event was observed.", [E],
        {
            "device": OBJ("Device", "The physical device the event was observed on.", {
                "typeID": S("Type ID", "Identifier of the device type, e.g. an IDFA or user agent hash."),
                "typeIDService": S("Type ID service", "Namespace of the type identifier."),
                "type": S("Type", "Type of device.", enum=[
                    ("mobile", "Mobile"), ("tablet", "Tablet"), ("desktop", "Desktop"), ("ereader", "E-reader"),
                    ("gaming", "Gaming console"), ("television", "Television"), ("settop", "Set-top box"),
                    ("mediaplayer", "Media player"), ("computers", "Computer"), ("tv screens", "TV screen")]),
                "manufacturer": S("Manufacturer", "Name of the device manufacturer."),
                "model": S("Model", "Name of the device model."),
                "modelNumber": S("Model number", "Unique model number assigned by the manufacturer."),
                "screenHeight": L("Screen height", "Number of vertical pixels of the screen."),
                "screenWidth": L("Screen width", "Number of horizontal pixels of the screen."),
                "screenOrientation": S("Screen orientation", "Orientation of the screen.",
                                       enum=[("portrait", "Portrait"), ("landscape", "Landscape")]),
                "colorDepth": L("Color depth", "Number of bits of colour depth."),
            }),
            "environment": OBJ("Environment", "Software and network environment of the event.", {
                "type": S("Type", "Type of environment.", enum=[("browser", "Browser"), ("application",
                                                                "Application"), ("iot", "IoT"),
                                                                ("external", "External"), ("widget", "Widget")]),
                "browserDetails": OBJ("Browser details", "The browser the event was observed in.", {
                    "vendor": S("Vendor", "Name of the browser vendor."),
                    "name": S("Name", "Name of the browser."),
                    "version": S("Version", "Version of the browser."),
                    "userAgent": S("User agent", "The user agent string sent by the browser."),
                    "acceptLanguage": S("Accept language", "The Accept-Language header sent by the browser."),
                    "cookiesEnabled": B("Cookies enabled", "Whether cookies are enabled."),
                    "javaScriptEnabled": B("JavaScript enabled", "Whether JavaScript is enabled."),
                    "viewportHeight": L("Viewport height", "Height of the viewport in pixels."),
                    "viewportWidth": L("Viewport width", "Width of the viewport in pixels."),
                }),
                "operatingSystem": S("Operating system", "Name of the operating system."),
                "operatingSystemVersion": S("Operating system version", "Full version of the operating system."),
                "operatingSystemVendor": S("Operating system vendor", "Vendor of the operating system."),
                "connectionType": S("Connection type", "Internet connection type.", enum=[
                    ("dialup", "Dial-up"), ("isdn", "ISDN"), ("bisdn", "BISDN"), ("dsl", "DSL"),
                    ("cable", "Cable"), ("wireless_wifi", "Wi-Fi"), ("mobile", "Mobile"),
                    ("mobile_edge", "Mobile EDGE"), ("mobile_2g", "Mobile 2G"), ("mobile_3g", "Mobile 3G"),
                    ("mobile_lte", "Mobile LTE"), ("t1", "T1"), ("t3", "T3")]),
                "ipV4": S("IPv4", "The IPv4 address of the device.", pattern="^\\d{1,3}(\\.\\d{1,3}){3}$"),
                "ipV6": S("IPv6", "The IPv6 address of the device."),
                "carrier": S("Mobile carrier", "Name of the mobile network carrier."),
                "ISP": S("Internet service provider", "Name of the internet service provider."),
                "domain": S("Domain", "Domain of the user's ISP."),
            }),
            "placeContext": OBJ("Place context", "The transient circumstances related to the location of the "
                                "event.", {
                "localTime": DT("Local time", "Local time of the event with the offset of the time zone."),
                "localTimezoneOffset": I("Local time zone offset", "Offset of the local time zone in minutes."),
                "geo": OBJ("Geo", "The geographical location of the event.", {
                    "city": S("City", "Name of the city."),
                    "countryCode": S("Country code", "ISO 3166-1 alpha-2 country code."),
                    "stateProvince": S("State or province", "State or province of the location."),
                    "postalCode": S("Postal code", "Postal code of the location."),
                    "latitude": N("Latitude", "Latitude in decimal degrees."),
                    "longitude": N("Longitude", "Longitude in decimal degrees."),
                    "dmaID": I("DMA ID", "Nielsen media research designated market area."),
                }),
            }),
        }))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/experienceevent-web", "Web Details",
        "Web page, referrer and interaction information of a web experience event.", [E],
        {"web": OBJ("Web", "Information about the web page, link and referrer of the event.", {
            "webPageDetails": OBJ("Web page details", "Details of the web page the event happened on.", {
                "URL": URI("URL", "The URL of the web page."),
                "name": S("Name", "Normalized name of the web page."),
                "siteSection": S("Site section", "Section of the site the page belongs to."),
                "server": S("Server", "Name of the server that served the page."),
                "isErrorPage": B("Error page", "Whether the page is an error page."),
                "isHomePage": B("Home page", "Whether the page is the site's home page."),
                "pageViews": measure("Page views", "A page view of the web page."),
            }),
            "webReferrer": OBJ("Web referrer", "The referrer of the page view.", {
                "URL": URI("URL", "The URL of the referrer."),
                "type": S("Type", "Type of referrer.", enum=[
                    ("internal", "Internal"), ("external", "External"), ("search_engine", "Search engine"),
                    ("email", "Email"), ("social", "Social network"), ("unknown", "Unknown"),
                    ("usenet", "Usenet")]),
            }),
            "webInteraction": OBJ("Web interaction", "A click or other interaction on a link.", {
                "URL": URI("URL", "The URL of the link that was clicked."),
                "name": S("Name", "Name of the link."),
                "type": S("Type", "Type of link.", enum=[("download", "Download"), ("exit", "Exit"),
                                                          ("other", "Other")]),
                "region": S("Region", "Region of the page the link is in."),
                "linkClicks": measure("Link clicks", "A click on the link."),
            }),
        })}))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/context/experienceevent-commerce", "Commerce Details",
        "Commerce actions (product views, cart changes, purchases) of an experience event.", [E],
        {
            "commerce": OBJ("Commerce", "Commerce-specific measures and order details of the event.", {
                "order": OBJ("Order", "The order placed by the purchase event.", {
                    "purchaseID": S("Purchase ID", "Unique identifier assigned by the seller to the purchase."),
                    "purchaseOrderNumber": S("Purchase order number", "Purchase order number of the buyer."),
                    "currencyCode": S("Currency code", "ISO 4217 currency code of the order totals."),
                    "priceTotal": N("Price total", "Total price of the order after discounts and taxes."),
                    "taxAmount": N("Tax amount", "Tax included in the price total."),
                    "discountAmount": N("Discount amount", "Discount applied to the order."),
                    "payments": ARR("Payments", "Payments made for the order.",
                                    OBJ("Payment", "One payment of the order.", {
                                        "transactionID": S("Transaction ID", "Identifier of the payment."),
                                        "paymentType": S("Payment type", "Method of payment.", enum=[
                                            ("cash", "Cash"), ("credit_card", "Credit card"),
                                            ("debit_card", "Debit card"), ("gift_card", "Gift card"),
                                            ("check", "Check"), ("paypal", "PayPal"),
                                            ("wire_transfer", "Wire transfer"), ("other", "Other")]),
                                        "paymentAmount": N("Payment amount", "Amount of the payment."),
                                        "currencyCode": S("Currency code", "ISO 4217 currency code."),
                                    })),
                }),
                "purchases": measure("Purchases", "An order has been accepted."),
                "productViews": measure("Product views", "A product was viewed."),
                "productListAdds": measure("Product list adds", "A product was added to the cart."),
                "productListRemovals": measure("Product list removals", "A product was removed from the cart."),
                "productListOpens": measure("Product list opens", "A cart was created."),
                "productListViews": measure("Product list views", "The cart was viewed."),
                "checkouts": measure("Checkouts", "A checkout was started."),
                "saveForLaters": measure("Save for laters", "A product was saved for later."),
            }),
            "productListItems": ARR("Product list items", "Products selected by the customer.",
                                    OBJ("Product list item", "One product in the cart or order.", {
                                        "SKU": S("SKU", "Stock keeping unit of the product."),
                                        "name": S("Name", "Display name of the product."),
                                        "quantity": I("Quantity", "Number of units of the product."),
                                        "priceTotal": N("Price total", "Total price of the line item."),
                                        "currencyCode": S("Currency code", "ISO 4217 currency code."),
                                        "productAddMethod": S("Product add method", "How the product was "
                                                              "added, e.g. search or recommendation."),
                                    })),
        }))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/mixins/business-account-details", "Business Account Details",
        "Firmographic details of a business account, as kept in a B2B CRM.", [R],
        {
            "accountKey": OBJ("Account key", "Composite key of the account in its source system.", {
                "sourceID": S("Source ID", "Id of the account in the source system."),
                "sourceInstanceID": S("Source instance ID", "Id of the source instance, e.g. the CRM org id."),
                "sourceType": S("Source type", "Kind of source system, e.g. Salesforce."),
                "sourceKey": S("Source key", "sourceID@sourceInstanceID.sourceType."),
            }),
            "accountName": S("Account name", "Name of the business account."),
            "accountType": S("Account type", "Type of account, e.g. Customer or Partner."),
            "accountNumber": S("Account number", "Account number assigned by the company."),
            "accountStatus": S("Account status", "Whether the account is active."),
            "accountRating": S("Account rating", "Rating of the account, e.g. Hot, Warm or Cold."),
            "accountSourceType": S("Account source", "Where the account came from, e.g. Web."),
            "accountOwnerID": S("Account owner ID", "Id of the user who owns the account."),
            "accountParentID": S("Parent account ID", "Id of the parent account."),
            "accountPhone": phone_number("Account phone", "Main phone number of the account.", full=False),
            "accountFax": phone_number("Account fax", "Fax number of the account.", full=False),
            "accountBillingAddress": postal_address("Billing address", "Billing address of the account."),
            "accountShippingAddress": postal_address("Shipping address", "Shipping address of the account."),
            "accountOrganization": OBJ("Organization", "Firmographic data of the organization.", {
                "name": S("Name", "Legal name of the organization."),
                "industry": S("Industry", "Primary industry of the organization."),
                "SICCode": S("SIC code", "Standard Industrial Classification code."),
                "website": URI("Website", "Website of the organization."),
                "tickerSymbol": S("Ticker symbol", "Stock ticker symbol."),
                "ownership": S("Ownership", "Ownership type, e.g. Public or Private."),
                "numberOfEmployees": I("Number of employees", "Number of employees of the organization."),
                "annualRevenue": money("Annual revenue", "Annual revenue of the organization."),
                "description": S("Description", "Free-text description of the organization."),
            }),
            "isDeleted": B("Deleted", "Whether the account was deleted in the source system."),
        }))

    groups.append(field_group(
        "https://ns.adobe.com/xdm/mixins/support-case-details", "Support Case Details",
        "A customer support case or IT service ticket, as kept in a service desk or customer-success tool.", [R],
        {"supportCase": OBJ("Support case", "The support case or ticket.", {
            "caseNumber": S("Case number", "Human-readable number of the case, e.g. INC0010001."),
            "subject": S("Subject", "Short description of the case."),
            "description": S("Description", "Full description of the problem."),
            "status": S("Status", "Current status of the case, e.g. New, In Progress or Closed."),
            "priority": S("Priority", "Priority of the case."),
            "severity": SH("Severity", "Severity level, 1 being the most severe."),
            "category": S("Category", "Category of the case."),
            "subcategory": S("Subcategory", "Subcategory of the case."),
            "origin": S("Origin", "Channel the case came in through, e.g. Phone, Email, Web."),
            "reason": S("Reason", "Reason for the case."),
            "type": S("Type", "Type of the case."),
            "isClosed": B("Closed", "Whether the case is closed."),
            "isEscalated": B("Escalated", "Whether the case was escalated."),
            "openedDate": DT("Opened date", "Date and time the case was opened."),
            "resolvedDate": DT("Resolved date", "Date and time the case was resolved."),
            "closedDate": DT("Closed date", "Date and time the case was closed."),
            "slaDueDate": DT("SLA due date", "Date and time the case must be resolved by."),
            "slaMet": B("SLA met", "Whether the case was resolved within its SLA."),
            "reassignmentCount": I("Reassignment count", "How often the case was reassigned."),
            "satisfactionScore": N("Satisfaction score", "Customer satisfaction score given after closure."),
            "accountID": S("Account ID", "Id of the customer account the case belongs to."),
            "contactID": S("Contact ID", "Id of the contact who reported the case."),
            "contactEmail": S("Contact email", "Email address of the reporting contact.", format="email"),
            "contactPhone": S("Contact phone", "Phone number of the reporting contact."),
            "assignedTo": S("Assigned to", "Id of the agent the case is assigned to."),
            "assignmentGroup": S("Assignment group", "Team the case is assigned to."),
            "resolutionCode": S("Resolution code", "How the case was resolved."),
            "resolutionNotes": S("Resolution notes", "Notes describing the resolution."),
        })}))

    return {"results": groups}


# ---------------------------------------------------------------------------------------------
# 6. Demo tenant
# ---------------------------------------------------------------------------------------------

def demo_tenant():
    return {
        "tenantId": "demotenant",
        "imsOrg": "DEMO0000000000000000ORG0@AdobeOrg",
        "sandboxName": "prod",
        "schemas": [{
            "title": "Demo customer profiles",
            "description": "Individual profiles of the demo organisation's customers with demographic, "
                           "personal contact and work contact details.",
            "classId": PROFILE_CLASS,
            "fieldGroupIds": [
                "https://ns.adobe.com/xdm/context/profile-person-details",
                "https://ns.adobe.com/xdm/context/profile-personal-details",
                "https://ns.adobe.com/xdm/context/profile-work-details",
            ],
        }],
        "datasets": [{
            "name": "Demo customer profiles",
            "description": "Customer profiles of the demo organisation, based on the Demo customer profiles schema.",
            "schemaTitle": "Demo customer profiles",
        }],
        "connections": [{
            "name": "ServiceNow demo instance",
            "description": "Account for the sandbox's built-in ServiceNow demo instance (incidents, problems, "
                           "change requests, users).",
            "connectionSpecId": SNOW_SPEC_ID,
            "authSpecName": "Basic Authentication",
            "params": {"endpoint": "https://demo.service-now.example", "username": "demo.integration",
                       "password": "demo"},
        }],
    }



# ---------------------------------------------------------------------------------------------
# Validation of the generated files (runs after every generation and with --check)
# ---------------------------------------------------------------------------------------------

import re  # noqa: E402  (only the validator needs it)

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")
SNOW_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
SF_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+0000$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
XDM_LEAF_TYPES = {"string", "date", "date-time", "number", "long", "int", "short", "byte", "boolean"}


class Problems:
    def __init__(self):
        self.items = []

    def check(self, condition, message):
        if not condition:
            self.items.append(message)
        return condition


def walk_leaves(props, prefix, out, problems, where):
    """Collects leaf paths of a resolved properties tree and checks the node shapes."""
    for key, node in props.items():
        path = prefix + key
        xdm = node.get("meta:xdmType")
        if xdm == "object":
            problems.check(node.get("type") == "object" and isinstance(node.get("properties"), dict),
                           "%s: object node %s without properties" % (where, path))
            problems.check("title" in node and "description" in node, "%s: %s lacks title/description" % (where, path))
            walk_leaves(node.get("properties", {}), path + ".", out, problems, where)
        elif xdm == "array":
            problems.check(node.get("type") == "array" and isinstance(node.get("items"), dict),
                           "%s: array node %s without items" % (where, path))
            out[path] = node
        elif xdm == "map":
            problems.check(node.get("type") == "object" and "properties" not in node
                           and isinstance(node.get("additionalProperties"), dict),
                           "%s: map node %s malformed" % (where, path))
            out[path] = node
        else:
            problems.check(xdm in XDM_LEAF_TYPES, "%s: %s has meta:xdmType %r" % (where, path, xdm))
            problems.check("title" in node and "description" in node, "%s: %s lacks title/description" % (where, path))
            if xdm in ("date", "date-time"):
                problems.check(node.get("type") == "string" and node.get("format") == xdm,
                               "%s: %s format mismatch" % (where, path))
            out[path] = node


def count_leaves(props):
    n = 0
    for node in props.values():
        t = node.get("meta:xdmType")
        if t == "object":
            n += count_leaves(node["properties"])
        elif t == "array":
            items = node["items"]
            n += count_leaves(items["properties"]) if items.get("meta:xdmType") == "object" else 1
        elif t == "map":
            n += 1
        else:
            n += 1
    return n


def check_json_schema(schema, where, problems):
    problems.check(isinstance(schema, dict), "%s: spec is not an object" % where)
    if not isinstance(schema, dict):
        return
    problems.check(schema.get("$schema") == DRAFT07, "%s: $schema is not draft-07" % where)
    problems.check(schema.get("type") == "object", "%s: type is not object" % where)
    props = schema.get("properties")
    problems.check(isinstance(props, dict), "%s: no properties" % where)
    req = schema.get("required")
    problems.check(isinstance(req, list) and all(r in (props or {}) for r in req),
                   "%s: required %r not a subset of properties" % (where, req))
    try:
        import jsonschema  # optional: only used for an extra meta-schema check when installed
        jsonschema.Draft7Validator.check_schema(schema)
    except ImportError:
        pass
    except Exception as e:  # jsonschema.SchemaError
        problems.items.append("%s: not a valid draft-07 schema: %s" % (where, e))


def validate(files):
    problems = Problems()
    figures = {}
    docs = {}
    for name, text in files.items():
        try:
            docs[name] = json.loads(text)
        except ValueError as e:
            problems.items.append("%s does not parse: %s" % (name, e))
    if problems.items:
        return problems.items, figures

    # connection specs
    specs = {s["id"]: s for s in docs["connection-specs.json"]["items"]}
    problems.check(set(specs) == {SSC_SPEC_ID, SNOW_SPEC_ID, DATA_LAKE_SPEC_ID}, "connection spec ids")
    auth_count = 0
    for spec in specs.values():
        for auth in spec["authSpec"]:
            auth_count += 1
            where = "%s/%s" % (spec["name"], auth["name"])
            check_json_schema(auth["spec"], where, problems)
            for pname, prop in auth["spec"]["properties"].items():
                secret = pname in ("password", "securityToken", "clientSecret")
                problems.check((prop.get("format") == "password") == secret, "%s: %s password format" % (where, pname))
    problems.check(specs[DATA_LAKE_SPEC_ID]["authSpec"] == [] and
                   specs[DATA_LAKE_SPEC_ID]["attributes"]["isSource"] is False, "data lake spec")
    figures["authSpecs"] = auth_count

    # flow spec
    flow = docs["flow-specs.json"]["items"][0]
    problems.check(flow["id"] == FLOW_SPEC_ID, "flow spec id")
    for t in flow["transformationSpecs"]:
        check_json_schema(t["spec"], "flowSpec/" + t["name"], problems)
    for key in ("scheduleSpec", "optionSpec", "runSpec"):
        check_json_schema(flow[key]["spec"], "flowSpec/" + key, problems)
    try:
        import jsonschema
        sched = jsonschema.Draft7Validator(flow["scheduleSpec"]["spec"])
        cases = [({"startTime": 1, "frequency": "once"}, True),
                 ({"startTime": 1, "frequency": "once", "interval": 1}, False),
                 ({"startTime": 1, "frequency": "once", "backfill": True}, False),
                 ({"startTime": 1, "frequency": "hour", "interval": 1}, True),
                 ({"startTime": 1, "frequency": "hour"}, False),
                 ({"startTime": 1, "frequency": "day", "interval": 0}, False),
                 ({"startTime": 1, "frequency": "minute", "interval": 14}, False),
                 ({"startTime": 1, "frequency": "minute", "interval": 15, "backfill": False}, True),
                 ({"frequency": "week", "interval": 1}, False),
                 ({"startTime": 1, "frequency": "month", "interval": 1}, False)]
        for body, ok in cases:
            problems.check(sched.is_valid(body) == ok, "scheduleSpec accepts %r: expected %s" % (body, ok))
        opts = jsonschema.Draft7Validator(flow["optionSpec"]["spec"])
        problems.check(opts.is_valid({"partialIngestionPercent": 10}), "optionSpec 10%")
        problems.check(not opts.is_valid({"partialIngestionPercent": 0}), "optionSpec 0%")
        problems.check(not opts.is_valid({"foo": 1}), "optionSpec additionalProperties")
        figures["scheduleSpecCasesChecked"] = len(cases)
    except ImportError:
        figures["scheduleSpecCasesChecked"] = 0

    # source tables
    expect = {
        "source-service-now.json": (SNOW_SPEC_ID, {"incident": 45, "problem": 20, "change_request": 20,
                                                   "sys_user": 40}, SNOW_TIME_RE),
        "source-salesforce-service-cloud.json": (SSC_SPEC_ID, {"Account": 40, "Case": 45, "Contact": 40,
                                                               "Entitlement": 20}, SF_TIME_RE),
    }
    kinds_ok = {
        ("string", "string"): lambda v: isinstance(v, str),
        ("boolean", "boolean"): lambda v: isinstance(v, bool),
        ("double", "number"): lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        ("integer", "integer"): lambda v: isinstance(v, int) and not isinstance(v, bool),
    }
    for fname, (spec_id, min_cols, time_re) in expect.items():
        doc = docs[fname]
        problems.check(doc["connectionSpecId"] == spec_id, fname + ": connectionSpecId")
        tables = {t["name"]: t for t in doc["tables"]}
        problems.check(set(tables) == set(min_cols), fname + ": table names %s" % sorted(tables))
        for tname, table in tables.items():
            where = "%s/%s" % (fname, tname)
            cols = table["columns"]
            figures["columns." + tname] = len(cols)
            figures["rows." + tname] = len(table["rows"])
            problems.check(len(cols) >= min_cols.get(tname, 0), "%s: only %d columns" % (where, len(cols)))
            problems.check(len(table["rows"]) == ROWS_PER_TABLE, "%s: %d rows" % (where, len(table["rows"])))
            problems.check(table["path"] == tname and table["type"] == "table" and table["canPreview"] is True
                           and table["canFetchSchema"] is True, where + ": table header")
            dt_cols = []
            for c in cols:
                problems.check(set(c) <= {"name", "type", "xdm", "meta:xdmType"}, "%s: column keys %s" % (where, c))
                flagged = c.get("meta:xdmType") == "date-time" or c["xdm"].get("format") == "date-time"
                if flagged:
                    problems.check(c.get("meta:xdmType") == "date-time" and c["xdm"].get("format") == "date-time"
                                   and c["type"] == "string" and c["xdm"]["type"] == "string",
                                   "%s: date-time column %s not flagged in both places" % (where, c["name"]))
                    dt_cols.append(c["name"])
            problems.check(dt_cols, where + ": no date-time column")
            nulls = 0
            for row in table["rows"]:
                problems.check(list(row) == [c["name"] for c in cols], where + ": row keys differ from columns")
                for c in cols:
                    v = row[c["name"]]
                    if v is None:
                        nulls += 1
                        continue
                    if c.get("meta:xdmType") == "date-time":
                        problems.check(bool(time_re.match(v)), "%s: %s=%r bad date-time" % (where, c["name"], v))
                        problems.check(v.startswith("2026-") or v.startswith("2027-"),
                                       "%s: %s=%r not in 2026" % (where, c["name"], v))
                    elif c.get("meta:xdmType") == "date":
                        problems.check(bool(DATE_RE.match(v)), "%s: %s=%r bad date" % (where, c["name"], v))
                    else:
                        ok = kinds_ok.get((c["type"], c["xdm"]["type"]))
                        problems.check(ok is not None and ok(v), "%s: %s=%r vs %s" % (where, c["name"], v, c["type"]))
                    if isinstance(v, str):
                        for m in EMAIL_RE.finditer(v):
                            problems.check(m.group(1) in ("example.com", "example.org"),
                                           "%s: non-example email %s" % (where, m.group(0)))
            figures["nulls." + tname] = nulls
            audit = "sys_updated_on" if "sys_updated_on" in row else "SystemModstamp"
            seq = [r[audit] for r in table["rows"]]
            problems.check(all(a < b for a, b in zip(seq, seq[1:])), "%s: %s not increasing" % (where, audit))
            figures["range." + tname] = "%s .. %s" % (seq[0], seq[-1])
    incident = {c["name"] for c in {t["name"]: t for t in docs["source-service-now.json"]["tables"]}["incident"]["columns"]}
    for c in ("sys_id", "number", "short_description", "caller_email", "sys_updated_on"):
        problems.check(c in incident, "incident lacks " + c)

    # XDM
    classes = {c["$id"]: c for c in docs["xdm-classes.json"]["results"]}
    groups = {g["$id"]: g for g in docs["xdm-fieldgroups.json"]["results"]}
    problems.check(set(classes) == {PROFILE_CLASS, EVENT_CLASS, RECORD_CLASS}, "class ids")
    problems.check(len(groups) >= 12, "only %d field groups" % len(groups))
    figures["fieldGroups"] = len(groups)
    for c in classes.values():
        problems.check(c["meta:altId"] == alt_id(c["$id"]) and c["meta:resourceType"] == "classes", c["$id"])
        walk_leaves(c["properties"], "", {}, problems, c["$id"])
    total_leaves = 0
    for g in groups.values():
        problems.check(g["meta:altId"] == alt_id(g["$id"]) and g["meta:resourceType"] == "mixins", g["$id"])
        problems.check(all(x in classes for x in g["meta:intendedToExtend"]), g["$id"] + ": intendedToExtend")
        walk_leaves(g["properties"], "", {}, problems, g["$id"])
        total_leaves += count_leaves(g["properties"])
    figures["fieldGroupLeaves"] = total_leaves
    # no two field groups (or a group and its class) define the same leaf path
    for cid, cls in classes.items():
        seen = {}
        walk_leaves(cls["properties"], "", seen, problems, cid)
        owner = {p: cid for p in seen}
        for g in groups.values():
            if cid not in g["meta:intendedToExtend"]:
                continue
            mine = {}
            walk_leaves(g["properties"], "", mine, problems, g["$id"])
            for p in mine:
                problems.check(p not in owner, "path %s defined by %s and %s" % (p, owner.get(p), g["$id"]))
                owner[p] = g["$id"]
    merged = {}
    for source in (classes[PROFILE_CLASS], groups["https://ns.adobe.com/xdm/context/profile-person-details"],
                   groups["https://ns.adobe.com/xdm/context/profile-personal-details"]):
        walk_leaves(source["properties"], "", merged, problems, "merged")
    for p in ("_id", "person.name.fullName", "personalEmail.address", "_repo.modifyDate", "_repo.createDate"):
        problems.check(p in merged, "merged profile lacks " + p)
    figures["mergedProfileLeaves"] = len(merged)

    # demo tenant
    tenant = docs["demo-tenant.json"]
    for s in tenant["schemas"]:
        problems.check(s["classId"] in classes and all(f in groups for f in s["fieldGroupIds"]),
                       "demo schema references unknown ids")
    for d in tenant["datasets"]:
        problems.check(d["schemaTitle"] in [s["title"] for s in tenant["schemas"]], "dataset schemaTitle")
    for c in tenant["connections"]:
        spec = specs.get(c["connectionSpecId"])
        auth = next((a for a in spec["authSpec"] if a["name"] == c["authSpecName"]), None) if spec else None
        problems.check(auth is not None and all(r in c["params"] for r in auth["spec"]["required"]),
                       "demo connection params vs authSpec")

    figures["totalBytes"] = sum(len(t.encode("utf-8")) for t in files.values())
    problems.check(figures["totalBytes"] < 3 * 1024 * 1024, "output larger than 3 MB")
    return problems.items, figures

# ---------------------------------------------------------------------------------------------

def render(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def build_all():
    """Returns {file name: JSON text}. The order of calls matters for the random sequence."""
    files = {}
    files["connection-specs.json"] = render(connection_specs())
    files["flow-specs.json"] = render(flow_specs())
    files["source-service-now.json"] = render(servicenow_tables())
    files["source-salesforce-service-cloud.json"] = render(salesforce_tables())
    files["xdm-classes.json"] = render(xdm_classes())
    files["xdm-fieldgroups.json"] = render(xdm_fieldgroups())
    files["demo-tenant.json"] = render(demo_tenant())
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="fail if the committed files differ from freshly generated ones")
    parser.add_argument("--quiet", action="store_true", help="do not print the figures")
    args = parser.parse_args()
    files = build_all()
    problems, figures = validate(files)
    if not args.quiet:
        for key, value in figures.items():
            print("%-40s %s" % (key, value))
    if problems:
        for p in problems:
            print("INVALID: " + p, file=sys.stderr)
        return 2
    if args.check:
        stale = []
        for name, text in files.items():
            path = os.path.join(OUT_DIR, name)
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(name)
            except FileNotFoundError:
                stale.append(name)
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("all %d files up to date" % len(files))
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    total = 0
    for name, text in files.items():
        path = os.path.join(OUT_DIR, name)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        total += len(data)
        print("%-40s %9d bytes" % (name, len(data)))
    print("%-40s %9d bytes" % ("total", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
