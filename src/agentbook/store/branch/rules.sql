-- A branch's rules, enforced by the server itself (installed by ``branch init`` as the database's
-- owner; every statement may run again). Who is who: each person is a PostgreSQL login, member of
-- one or more of the branch's group roles <database>_agent, _archivist, _manager, _auditor (made
-- by rules.py, whose names depend on the database). The database's owner counts as a manager.
-- Helper functions run as the owner (SECURITY DEFINER) and ask about session_user: the person who
-- signed in, whatever function is running.

CREATE TABLE IF NOT EXISTS branch_person (
    login        TEXT PRIMARY KEY,
    display_name TEXT NOT NULL DEFAULT '',
    enabled      BOOLEAN NOT NULL DEFAULT true,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    disabled_at  TEXT,
    disabled_by  TEXT
);

-- The branch's data key (sealing.py), one copy per person wrapped under their own password by
-- the app (data_key.py): a dump of the server holds no key that opens the sealed columns. The
-- check tells a wrong key at once. Only the owner and managers write copies (ab_set_key_copy).
CREATE TABLE IF NOT EXISTS branch_key (
    login    TEXT PRIMARY KEY,
    wrapped  TEXT NOT NULL,
    made_at  TEXT NOT NULL,
    made_by  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS branch_key_check (
    one          INTEGER PRIMARY KEY CHECK (one = 1),
    check_value  TEXT NOT NULL
);
REVOKE ALL ON branch_key, branch_key_check FROM PUBLIC;
-- The audit log's per-customer keys are kept wrapped under the data key on a server: longer than
-- the 32 bytes the schema allows a file, which keeps them in clear under its own encryption.
ALTER TABLE audit_key DROP CONSTRAINT IF EXISTS audit_key_key_check;

CREATE OR REPLACE FUNCTION ab_is_owner() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
$$;

-- True inside the functions below that run as the owner (ab_decide): SECURITY INVOKER on purpose,
-- so that it sees current_user, not session_user.
CREATE OR REPLACE FUNCTION ab_acting_as_owner() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
    SELECT pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
$$;

-- Is the signed-in person enabled and in the branch's group *role*?
CREATE OR REPLACE FUNCTION ab_is(role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT ab_is_owner() OR (
        EXISTS (SELECT 1 FROM branch_person WHERE login = session_user AND enabled)
        AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_database() || '_' || role)
        AND pg_has_role(session_user, current_database() || '_' || role, 'MEMBER'))
$$;

-- Who sees every customer row: the manager and the archivist (the archivist without the columns
-- kept from them by privileges).
CREATE OR REPLACE FUNCTION ab_sees_all() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT ab_is('manager') OR ab_is('archivist')
$$;

-- The customers an agent may see: their own and those shared with them. Policies below wrap the
-- role tests in (SELECT …) so the server evaluates them once per statement, not once per row.
CREATE OR REPLACE FUNCTION ab_my_customers() RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT id FROM customer WHERE owner = session_user
        AND EXISTS (SELECT 1 FROM branch_person WHERE login = session_user AND enabled)
    UNION
    SELECT s.customer_id FROM customer_share s WHERE s.person = session_user
        AND EXISTS (SELECT 1 FROM branch_person WHERE login = session_user AND enabled)
$$;

CREATE OR REPLACE FUNCTION ab_my_policies() RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT p.id FROM policy p WHERE p.policyholder_id IN (SELECT ab_my_customers())
    UNION
    SELECT p.id FROM policy p WHERE p.insured_id IN (SELECT ab_my_customers())
$$;

CREATE OR REPLACE FUNCTION ab_my_claims() RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT c.id FROM claim c WHERE c.policy_id IN (SELECT ab_my_policies())
$$;

CREATE OR REPLACE FUNCTION ab_my_attachments() RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT a.id FROM attachment a WHERE a.customer_id IN (SELECT ab_my_customers())
        OR a.policy_id IN (SELECT ab_my_policies())
$$;

-- The audit chain's last hash, for a person who may not read the rows themselves.
CREATE OR REPLACE FUNCTION ab_audit_tail() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1
$$;

-- The name to ask about a customer another agent owns — and nothing else of theirs.
CREATE OR REPLACE FUNCTION ab_who_has(p_id_number text, p_mobile text) RETURNS TABLE (owner text, owner_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT DISTINCT c.owner, coalesce(nullif(p.display_name, ''), c.owner)
    FROM customer c LEFT JOIN branch_person p ON p.login = c.owner
    WHERE (SELECT ab_is('agent') OR ab_is('manager') OR ab_is('archivist'))
      AND ((p_id_number <> '' AND c.id_number = p_id_number) OR (p_mobile <> '' AND c.mobile = p_mobile))
$$;

-- Guarded fields change only by a manager, or through ab_decide (which runs as the owner).
CREATE OR REPLACE FUNCTION ab_guard_customer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT ab_is('manager')) OR ab_acting_as_owner() THEN
        RETURN NEW;
    END IF;
    IF NEW.name IS DISTINCT FROM OLD.name OR NEW.id_type IS DISTINCT FROM OLD.id_type
       OR NEW.id_number IS DISTINCT FROM OLD.id_number THEN
        RAISE EXCEPTION '姓名、证件类型和证件号码的变更需经理审批（信息变更申请）' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.owner IS DISTINCT FROM OLD.owner THEN
        RAISE EXCEPTION '只有经理可以移交客户' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS ab_guard_customer ON customer;
CREATE TRIGGER ab_guard_customer BEFORE UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION ab_guard_customer();

CREATE OR REPLACE FUNCTION ab_guard_policy() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT ab_is('manager')) OR ab_acting_as_owner() THEN
        RETURN NEW;
    END IF;
    IF NEW.policyholder_id IS DISTINCT FROM OLD.policyholder_id OR NEW.insured_id IS DISTINCT FROM OLD.insured_id THEN
        RAISE EXCEPTION '投保人、被保险人的变更需经理审批（信息变更申请）' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS ab_guard_policy ON policy;
CREATE TRIGGER ab_guard_policy BEFORE UPDATE ON policy FOR EACH ROW EXECUTE FUNCTION ab_guard_policy();

-- Beneficiaries of an existing policy change only with approval; a policy written in this same
-- transaction (a new policy) gets its beneficiaries freely. Which policies are new is written by
-- the server itself, in a table no person may write.
CREATE TABLE IF NOT EXISTS ab_fresh_policy (
    policy_id BIGINT PRIMARY KEY,
    tx        BIGINT NOT NULL
);
REVOKE ALL ON ab_fresh_policy FROM PUBLIC;

CREATE OR REPLACE FUNCTION ab_note_fresh_policy() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    INSERT INTO ab_fresh_policy (policy_id, tx) VALUES (NEW.id, txid_current())
        ON CONFLICT (policy_id) DO UPDATE SET tx = EXCLUDED.tx;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS ab_note_fresh_policy ON policy;
CREATE TRIGGER ab_note_fresh_policy AFTER INSERT ON policy FOR EACH ROW EXECUTE FUNCTION ab_note_fresh_policy();

CREATE OR REPLACE FUNCTION ab_policy_is_fresh(p_policy bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT EXISTS (SELECT 1 FROM ab_fresh_policy WHERE policy_id = p_policy AND tx = txid_current())
$$;

CREATE OR REPLACE FUNCTION ab_guard_beneficiary() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT ab_is('manager')) OR ab_acting_as_owner()
       OR ab_policy_is_fresh(coalesce(NEW.policy_id, OLD.policy_id)) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    RAISE EXCEPTION '受益人及其份额的变更需经理审批（信息变更申请）' USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS ab_guard_beneficiary ON beneficiary;
CREATE TRIGGER ab_guard_beneficiary BEFORE INSERT OR UPDATE OR DELETE ON beneficiary FOR EACH ROW EXECUTE FUNCTION ab_guard_beneficiary();

-- A change request is decided by a manager other than its requester; approval applies it here,
-- as the owner, so that nobody needs the right to change guarded fields directly.
CREATE OR REPLACE FUNCTION ab_decide(p_request bigint, p_approve boolean, p_note text, p_at text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    r change_request%ROWTYPE;
    field text;
    value jsonb;
    b jsonb;
BEGIN
    IF NOT (SELECT ab_is('manager')) THEN
        RAISE EXCEPTION '只有经理可以审批信息变更申请' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO r FROM change_request WHERE id = p_request FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '没有这份申请' USING ERRCODE = 'no_data_found';
    END IF;
    IF r.status <> 'pending' THEN
        RAISE EXCEPTION '这份申请已处理' USING ERRCODE = 'check_violation';
    END IF;
    IF r.requested_by = session_user THEN
        RAISE EXCEPTION '不能审批自己提交的申请' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_approve THEN
        FOR field, value IN SELECT key, val -> 1 FROM jsonb_each(r.changes_json::jsonb) AS e(key, val) LOOP
            IF (r.entity = 'customer' AND field NOT IN ('id', 'owner', 'archive_no', 'created_at', 'updated_at')
                    AND EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public'
                                AND table_name = 'customer' AND column_name = field))
               OR (r.entity = 'policy' AND field IN ('policyholder_id', 'insured_id')) THEN
                EXECUTE format('UPDATE %I SET (%I) = ROW((SELECT %I FROM jsonb_populate_record(NULL::%I, $1))),'
                               ' updated_at = $2 WHERE id = $3', r.entity, field, field, r.entity)
                    USING jsonb_build_object(field, value), p_at, r.entity_id;
            ELSIF r.entity = 'policy' AND field = 'beneficiaries' THEN
                DELETE FROM beneficiary WHERE policy_id = r.entity_id;
                FOR b IN SELECT * FROM jsonb_array_elements(value) LOOP
                    INSERT INTO beneficiary (policy_id, customer_id, name, id_number, relation, share_bp, rank,
                                             created_at, updated_at)
                    VALUES (r.entity_id, (b ->> 'customer_id')::bigint, b ->> 'name', coalesce(b ->> 'id_number', ''),
                            b ->> 'relation', (b ->> 'share_bp')::bigint, coalesce((b ->> 'rank')::bigint, 1), p_at, p_at);
                END LOOP;
                UPDATE policy SET updated_at = p_at WHERE id = r.entity_id;
            ELSE
                RAISE EXCEPTION '申请中有不能审批的字段：%', field USING ERRCODE = 'check_violation';
            END IF;
        END LOOP;
    END IF;
    UPDATE change_request SET status = CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END,
        decided_by = session_user, decided_at = p_at, decision_note = coalesce(p_note, '')
    WHERE id = p_request;
    RETURN CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END;
END $$;

-- A requester may withdraw their own pending request (and only that).
CREATE OR REPLACE FUNCTION ab_withdraw(p_request bigint, p_at text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    UPDATE change_request SET status = 'withdrawn', decided_by = session_user, decided_at = p_at
    WHERE id = p_request AND requested_by = session_user AND status = 'pending';
    IF NOT FOUND THEN
        RAISE EXCEPTION '只能撤回自己待审批的申请' USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;

-- On a branch a new customer belongs to whoever writes it, unless the row says otherwise.
ALTER TABLE customer ALTER COLUMN owner SET DEFAULT session_user;

-- People: each a login of its own, added, changed and disabled (never dropped: their name stays in
-- the audit log) by a manager. The password arrives as a SCRAM verifier made by the app, so the
-- server's statement log never holds it in clear.
CREATE OR REPLACE FUNCTION ab_set_roles(p_login text, p_roles text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    role text;
BEGIN
    IF NOT (SELECT ab_is('manager')) THEN
        RAISE EXCEPTION '只有经理可以设置人员的角色' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM branch_person WHERE login = p_login) THEN
        RAISE EXCEPTION '没有这个人员：%', p_login USING ERRCODE = 'no_data_found';
    END IF;
    IF p_login = session_user AND NOT ('manager' = ANY (p_roles)) AND NOT ab_is_owner() THEN
        RAISE EXCEPTION '不能取消自己的经理角色' USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOREACH role IN ARRAY ARRAY['agent', 'archivist', 'manager', 'auditor'] LOOP
        IF role = ANY (p_roles) THEN
            EXECUTE format('GRANT %I TO %I', current_database() || '_' || role, p_login);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || role, p_login);
        END IF;
    END LOOP;
    IF EXISTS (SELECT unnest(p_roles) EXCEPT SELECT unnest(ARRAY['agent', 'archivist', 'manager', 'auditor'])) THEN
        RAISE EXCEPTION '未知的角色' USING ERRCODE = 'check_violation';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION ab_add_person(p_login text, p_verifier text, p_name text, p_roles text[], p_at text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    IF NOT (SELECT ab_is('manager')) THEN
        RAISE EXCEPTION '只有经理可以添加人员' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION '登录名 % 已被使用', p_login USING ERRCODE = 'unique_violation';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    -- (a login of a restored branch, on a new server, is added again: its row is there already)
    INSERT INTO branch_person (login, display_name, enabled, created_at, created_by)
    VALUES (p_login, coalesce(p_name, ''), true, p_at, session_user)
    ON CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name, enabled = true,
        disabled_at = NULL, disabled_by = NULL;
    PERFORM ab_set_roles(p_login, p_roles);
END $$;

CREATE OR REPLACE FUNCTION ab_disable_person(p_login text, p_at text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    IF NOT (SELECT ab_is('manager')) THEN
        RAISE EXCEPTION '只有经理可以停用人员' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_login = session_user THEN
        RAISE EXCEPTION '不能停用自己' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE branch_person SET enabled = false, disabled_at = p_at, disabled_by = session_user
    WHERE login = p_login AND enabled;
    IF NOT FOUND THEN
        RAISE EXCEPTION '没有这个在用的人员：%', p_login USING ERRCODE = 'no_data_found';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    DELETE FROM branch_key WHERE login = p_login;  -- their copy of the data key goes with them
END $$;

CREATE OR REPLACE FUNCTION ab_reset_password(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    IF NOT ((SELECT ab_is('manager')) OR p_login = session_user) THEN
        RAISE EXCEPTION '只有经理可以重设别人的口令' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM branch_person WHERE login = p_login AND enabled) THEN
        RAISE EXCEPTION '没有这个在用的人员：%', p_login USING ERRCODE = 'no_data_found';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
END $$;

-- Handover (孤儿单): a manager gives a leaving agent's customers (all, or the listed ones) to
-- another person in one step; returns the ids moved.
CREATE OR REPLACE FUNCTION ab_hand_over(p_from text, p_to text, p_ids bigint[]) RETURNS SETOF bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    IF NOT (SELECT ab_is('manager')) THEN
        RAISE EXCEPTION '只有经理可以移交客户' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM branch_person WHERE login = p_to AND enabled) THEN
        RAISE EXCEPTION '接手人 % 不是在用的人员', p_to USING ERRCODE = 'no_data_found';
    END IF;
    RETURN QUERY UPDATE customer SET owner = p_to
        WHERE owner IS NOT DISTINCT FROM p_from AND (p_ids IS NULL OR id = ANY (p_ids)) RETURNING id;
END $$;

-- The people of the branch and their roles, for everyone who works here (names to ask, owners).
CREATE OR REPLACE FUNCTION ab_people() RETURNS TABLE (login text, display_name text, enabled boolean, roles text[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT p.login, p.display_name, p.enabled,
        ARRAY(SELECT r FROM unnest(ARRAY['agent', 'archivist', 'manager', 'auditor']) AS r
              WHERE EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = current_database() || '_' || r)
                AND pg_has_role(p.login, current_database() || '_' || r, 'MEMBER'))
    FROM branch_person p ORDER BY p.enabled DESC, p.login
$$;

-- The customer an access-log row is about, named for those who review the log (the auditor may
-- read no customer record itself): archive number and name.
CREATE OR REPLACE FUNCTION ab_customer_label(p_customer bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT archive_no || ' ' || name FROM customer
    WHERE id = p_customer AND (SELECT ab_is('manager') OR ab_is('auditor'))
$$;

-- The signed-in person's own copy of the data key, while they are enabled; and the key's check.
CREATE OR REPLACE FUNCTION ab_my_key() RETURNS TABLE (wrapped text, check_value text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT k.wrapped, c.check_value FROM branch_key_check c
    LEFT JOIN branch_key k ON k.login = session_user
        AND (ab_is_owner() OR EXISTS (SELECT 1 FROM branch_person WHERE login = session_user AND enabled))
$$;

-- A person's copy of the data key, wrapped by a manager's app under that person's new password.
CREATE OR REPLACE FUNCTION ab_set_key_copy(p_login text, p_wrapped text, p_at text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    IF NOT ((SELECT ab_is('manager')) OR p_login = session_user) THEN
        RAISE EXCEPTION '只有经理可以交付数据密钥' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO branch_key (login, wrapped, made_at, made_by) VALUES (p_login, p_wrapped, p_at, session_user)
        ON CONFLICT (login) DO UPDATE SET wrapped = EXCLUDED.wrapped, made_at = EXCLUDED.made_at,
            made_by = EXCLUDED.made_by;
END $$;
