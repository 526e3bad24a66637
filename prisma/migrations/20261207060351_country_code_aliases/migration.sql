-- Country codes stored before the partner form took only ISO 3166-1 codes (issue 15). A code that stands for exactly
-- one country today is replaced by that country's code; every partner so changed gets an UPDATE in the audit trail
-- (before and after, by "Datenmigration") and a new version, so an edit form opened before refuses to overwrite it.
-- A code that stands for several countries, or for none, is left as it was: nothing is lost, and the partner page,
-- the list and the form say "kein gültiger Ländercode – bitte das Land wählen" until someone chooses the country.
-- Agreements follow their partner's new code (trigger Partner_place_to_agreements).
--
-- Mapped (old code -> code today):
--   UK -> GB  United Kingdom (exceptionally reserved; ISO's code is GB)
--   EL -> GR  Greece (the EU's own list)
--   BU -> MM  Burma -> Myanmar
--   CQ -> GG  Sark (exceptionally reserved) -> Guernsey, whose Bailiwick Sark belongs to
--   DD -> DE  German Democratic Republic -> Germany
--   DY -> BJ  Dahomey -> Benin
--   FX -> FR  Metropolitan France -> France
--   HV -> BF  Upper Volta -> Burkina Faso
--   NH -> VU  New Hebrides -> Vanuatu
--   RH -> ZW  Southern Rhodesia -> Zimbabwe
--   TP -> TL  East Timor -> Timor-Leste
--   VD -> VN  North Vietnam -> Viet Nam
--   YD -> YE  South Yemen -> Yemen
--   ZR -> CD  Zaire -> Democratic Republic of the Congo
-- Not mapped (ambiguous): AN Netherlands Antilles (CW, BQ, SX), CS Serbia and Montenegro (RS, ME),
--   SU USSR (15 states), YU Yugoslavia (RS, ME, XK, ...); and any code ISO never assigned.
-- Codes in lower case or with spaces are read in capitals (the app has always stored capitals).

-- One statement: "fix" reads the codes as they were, before the UPDATE beside it changes them.
WITH "alias" ("code", "meant") AS (
  VALUES ('UK', 'GB'), ('EL', 'GR'), ('BU', 'MM'), ('CQ', 'GG'), ('DD', 'DE'), ('DY', 'BJ'), ('FX', 'FR'),
    ('HV', 'BF'), ('NH', 'VU'), ('RH', 'ZW'), ('TP', 'TL'), ('VD', 'VN'), ('YD', 'YE'), ('ZR', 'CD')
),
"fix" AS (
  SELECT p."id", p."nameDe", p."countryCode" AS "before", a."meant" AS "after"
  FROM "Partner" p
  JOIN "alias" a ON a."code" = upper(trim(p."countryCode"))
),
"moved" AS (
  UPDATE "Partner" p
  SET "countryCode" = f."after", "version" = p."version" + 1, "updatedAt" = CURRENT_TIMESTAMP
  FROM "fix" f
  WHERE p."id" = f."id"
  RETURNING p."id"
)
INSERT INTO "AuditEvent" ("actorId", "actorName", "action", "entityType", "entityId", "entityLabel", "changes")
SELECT NULL, 'Datenmigration (country_code_aliases)', 'UPDATE', 'PARTNER', f."id"::text, left(f."nameDe", 500),
  jsonb_build_object('countryCode', jsonb_build_object('before', f."before", 'after', f."after"))
FROM "fix" f
JOIN "moved" USING ("id")
ORDER BY f."id";
