-- The change feed (issue 20): every audit event, written in the transaction of the change it records, tells every
-- listening app server which record changed. NOTIFY is delivered at commit, so a rolled-back change tells nobody.
-- The payload names the record, never its values (a viewer's stream must carry no personal data).
CREATE FUNCTION "audit_event_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('record_changes', json_build_object(
    'id', NEW."id",
    'entity', NEW."entityType",
    'entityId', NEW."entityId",
    'action', NEW."action",
    'parent', NEW."parentType"
  )::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER "AuditEvent_notify" AFTER INSERT ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_notify"();
