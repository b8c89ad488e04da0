"""The branch's rules on its PostgreSQL server: roles, privileges and row-level security.

Who may see and change what is decided by the server, not by the app: a person who connects with
``psql`` instead of agentbook meets the same walls. The rules (``rules.sql`` for the functions and
triggers, the privileges and policies written out here from the lists below) are installed by
``branch init`` as the database's owner, again at every init (each statement may run twice).

Roles are the branch's four PostgreSQL group roles, named after the database (``agentbook_agent``
for the database ``agentbook``), so that two branches on one server keep their people apart:
- agent: their own customers and those shared with them, with every record around them;
- archivist: every customer's identity, paper location and loans — no health or financial notes,
  no other record, no attachment's content;
- manager: everything; decides change requests; adds and disables people;
- auditor: the audit log, the access log, the change requests and the list of people, read only.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from typing import Any

# The schema's lock (``pg_schema``): roles and rules are made under it, as the tables are.
SCHEMA_LOCK = 0x61676E74626F6F6B

ROLES = ("agent", "archivist", "manager", "auditor")

# Tables whose rows belong to a customer through a column, and the set of the agent's rows it is
# checked against (functions of rules.sql).
_BY_CUSTOMER = (
    "customer_tag",
    "contact",
    "complaint",
    "consent_event",
    "subject_request",
    "attachment",
    "paper_location",
    "loan",
    "attachment_text",
    "customer_gram",
    "audit_key",
)
_BY_POLICY = (
    "payment",
    "beneficiary",
    "policy_cover",
    "policy_service",
    "commission_rule",
    "commission_receipt",
    "claim",
)
_BY_CLAIM = ("claim_material", "claim_status_history")
# Migration 12's summaries, kept by triggers that run as the owner: read, never written, by people.
_SUMMARIES_BY_CUSTOMER = ("cover_summary",)
_SUMMARIES_BY_POLICY = ("policy_arrears", "annuity_policy")

# Shared by everyone who works with records: settings, numbering, the product catalogue, merges.
_COMMON = ("setting", "archive_sequence", "product", "merge_record", "not_duplicate", "destruction_record")

# Customer columns kept from the archivist: health, money and advice notes.
ARCHIVIST_HIDDEN = frozenset(
    {"health_notes", "financial_notes", "annual_income", "needs", "risk_tolerance", "protection_preference"}
)
_ARCHIVIST_TABLES = ("customer_tag", "paper_location", "loan")

_MINE = "(SELECT ab_sees_all()) OR {column} IN (SELECT {function}())"
_MANAGER = "(SELECT ab_is('manager'))"


def group_role(dbname: str, role: str) -> str:
    return f"{dbname}_{role}"


def _policies() -> dict[str, list[str]]:
    """Each table's row-level policies as (name, clause) statements' tails."""
    out: dict[str, list[str]] = {}
    see_customer = _MINE.format(column="id", function="ab_my_customers")
    own_customer = f"{_MANAGER} OR owner = session_user"
    out["customer"] = [
        f"ab_see FOR SELECT USING ({see_customer})",
        f"ab_add FOR INSERT WITH CHECK ({own_customer})",
        f"ab_change FOR UPDATE USING ({own_customer}) WITH CHECK ({own_customer})",
        f"ab_remove FOR DELETE USING ({own_customer})",
    ]
    out["customer_fts"] = [f"ab_rows FOR ALL USING ({_MINE.format(column='rowid', function='ab_my_customers')})"]
    for table in (*_BY_CUSTOMER, *_SUMMARIES_BY_CUSTOMER):
        out[table] = [f"ab_rows FOR ALL USING ({_MINE.format(column='customer_id', function='ab_my_customers')})"]
    for table in ("relationship", "relationship_news"):
        out[table] = [
            "ab_rows FOR ALL USING ((SELECT ab_sees_all()) OR (customer_id IN (SELECT ab_my_customers())"
            " AND related_id IN (SELECT ab_my_customers())))"
        ]
    out["policy"] = [
        "ab_rows FOR ALL USING ((SELECT ab_sees_all()) OR policyholder_id IN (SELECT ab_my_customers())"
        " OR insured_id IN (SELECT ab_my_customers()))"
    ]
    for table in (*_BY_POLICY, *_SUMMARIES_BY_POLICY):
        out[table] = [f"ab_rows FOR ALL USING ({_MINE.format(column='policy_id', function='ab_my_policies')})"]
    for table in _BY_CLAIM:
        out[table] = [f"ab_rows FOR ALL USING ({_MINE.format(column='claim_id', function='ab_my_claims')})"]
    out["attachment_content"] = [
        f"ab_rows FOR ALL USING ({_MINE.format(column='attachment_id', function='ab_my_attachments')})"
    ]
    overseer = f"{_MANAGER} OR (SELECT ab_is('auditor'))"
    out["audit_log"] = [
        f"ab_read FOR SELECT USING ({overseer} OR actor = session_user OR customer_id IN (SELECT ab_my_customers()))",
        "ab_write FOR INSERT WITH CHECK (actor = session_user OR (SELECT ab_is_owner()))",
    ]
    out["access_log"] = [
        f"ab_read FOR SELECT USING ({overseer} OR person = session_user)",
        "ab_write FOR INSERT WITH CHECK (person = session_user)",
    ]
    out["change_request"] = [
        f"ab_read FOR SELECT USING ({overseer} OR requested_by = session_user)",
        "ab_write FOR INSERT WITH CHECK (requested_by = session_user AND status = 'pending'"
        " AND ((SELECT ab_sees_all()) OR customer_id IN (SELECT ab_my_customers())))",
    ]
    out["customer_share"] = [
        f"ab_read FOR SELECT USING ({_MANAGER} OR person = session_user"
        " OR customer_id IN (SELECT id FROM customer WHERE owner = session_user))",
        f"ab_give FOR INSERT WITH CHECK ({_MANAGER}"
        " OR customer_id IN (SELECT id FROM customer WHERE owner = session_user))",
        f"ab_take FOR DELETE USING ({_MANAGER} OR customer_id IN (SELECT id FROM customer WHERE owner = session_user))",
    ]
    return out


def _grants(dbname: str, customer_columns: list[str]) -> list[str]:
    agent, archivist = group_role(dbname, "agent"), group_role(dbname, "archivist")
    manager, auditor = group_role(dbname, "manager"), group_role(dbname, "auditor")
    q = _quote
    records = ["customer", "customer_fts", "relationship", "policy", *_BY_CUSTOMER, *_BY_POLICY, *_BY_CLAIM]
    records.append("attachment_content")
    summaries = ["relationship_news", *_SUMMARIES_BY_CUSTOMER, *_SUMMARIES_BY_POLICY]
    out = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {q(agent)}, {q(archivist)}, {q(auditor)}",
        f"GRANT USAGE ON SCHEMA public TO {q(agent)}, {q(archivist)}, {q(manager)}, {q(auditor)}",
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {q(manager)}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {q(agent)}, {q(archivist)}, {q(manager)}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(records)} TO {q(agent)}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(_COMMON)} TO {q(agent)}",
        f"GRANT SELECT ON {', '.join(summaries)} TO {q(agent)}",
        f"GRANT SELECT ON schema_version, branch_person TO {q(agent)}, {q(archivist)}, {q(auditor)}",
        f"GRANT SELECT, INSERT ON audit_log, access_log, change_request TO {q(agent)}, {q(archivist)}",
        f"GRANT SELECT, INSERT, DELETE ON customer_share TO {q(agent)}",
        f"GRANT SELECT ON audit_log, access_log, change_request, setting TO {q(auditor)}",
        # opening the archive writes its audit row (signed in, who, when)
        f"GRANT INSERT ON audit_log, access_log TO {q(auditor)}",
        f"GRANT SELECT, INSERT, UPDATE ON setting, archive_sequence TO {q(archivist)}",
        f"GRANT SELECT ON product TO {q(archivist)}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(_ARCHIVIST_TABLES)} TO {q(archivist)}",
        f"GRANT SELECT ({', '.join(c for c in customer_columns if c not in ARCHIVIST_HIDDEN)}) ON customer"
        f" TO {q(archivist)}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON audit_key TO {q(archivist)}",
    ]
    return out


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def install(conn: Any) -> bool:
    """Install or renew the rules on the branch database of *conn* (a psycopg connection of its
    owner or a superuser), in one transaction; returns False when they were current already.

    Renewing takes the tables' strongest locks (policies, privileges), so it runs only when the
    rules or the database's name changed since the last time, never at an ordinary opening while
    colleagues work."""
    script = resources.files("agentbook.store.branch").joinpath("rules.sql").read_text("utf-8")
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))  # two clients at once wait
        dbname = conn.execute("SELECT current_database()").fetchone()[0]
        columns = [
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                " AND table_name = 'customer' ORDER BY ordinal_position"
            ).fetchall()
        ]
        grants, policies = _grants(dbname, columns), _policies()
        digest = hashlib.sha256(repr((script, grants, policies, dbname)).encode()).hexdigest()
        conn.execute("CREATE TABLE IF NOT EXISTS branch_rules (digest TEXT NOT NULL)")
        if conn.execute("SELECT 1 FROM branch_rules WHERE digest = %s", (digest,)).fetchone():
            return False
        for role in ROLES:
            name = group_role(dbname, role)
            found = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if not found:
                conn.execute(f"CREATE ROLE {_quote(name)} NOLOGIN")
            conn.execute(f"GRANT CONNECT ON DATABASE {_quote(dbname)} TO {_quote(name)}")
        conn.execute(f"REVOKE CONNECT ON DATABASE {_quote(dbname)} FROM PUBLIC")
        conn.execute(script.encode("utf-8"))
        for statement in grants:
            conn.execute(statement)
        for table, table_policies in policies.items():
            conn.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            for policy in table_policies:
                name = policy.split()[0]
                conn.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
                conn.execute(f"CREATE POLICY {policy.replace(name, f'{name} ON {table}', 1)}")
        conn.execute("DELETE FROM branch_rules")
        conn.execute("INSERT INTO branch_rules (digest) VALUES (%s)", (digest,))
        return True
