-- The end of a session, told to every app server (issue 20): the servers keep the sessions they have checked in
-- memory (server/auth/session.ts), and drop them when a session is deleted or changed, or an account changed (its
-- role, its name, deactivated), whoever did it: better-auth signing out, an admin ending sessions, a script. NOTIFY is
-- delivered at commit, on a channel of its own (the record changes' ids are the audit trail's; these have none).
CREATE FUNCTION "session_change_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('session_changes', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "Session_notify" AFTER UPDATE OR DELETE OR TRUNCATE ON "Session"
FOR EACH STATEMENT EXECUTE FUNCTION "session_change_notify"();

CREATE TRIGGER "User_notify" AFTER UPDATE OR DELETE OR TRUNCATE ON "User"
FOR EACH STATEMENT EXECUTE FUNCTION "session_change_notify"();
