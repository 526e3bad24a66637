"use client";
import { isCountryCode } from "@/server/domain/country-codes";
import { CONTINENTS, PARTNER_KINDS } from "@/server/domain/enums";
import { fmt } from "@/server/i18n/format";
import { PARTNER_FIELDS, ZPartnerCreateInput, ZPartnerUpdateInput } from "@/server/schemas/partner";
import type { PartnerDetail } from "@/server/services/partner/detail";
import { ComboBox } from "../../_components/combobox";
import type { FieldErrors } from "../../_components/errors";
import { SelectField, TextField } from "../../_components/fields";
import { FieldTableFieldset, RecordForm, useRecordSave } from "../../_components/form-parts";
import { enumOptions } from "../../_components/list-controls";
import { countryOption, useCountryOptions } from "../../_components/pickers";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";

/** "" → null; "50,94" and "50.94" → 50.94; anything else → NaN, which the schema then reports. */
function coordinate(text: string): number | null {
  const trimmed = text.trim().replace(",", ".").replace("−", "-");
  if (trimmed === "") return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function PartnerForm({ partner }: { partner?: PartnerDetail }) {
  const { m, locale } = useI18n();
  // A code stored before only ISO 3166-1 codes were taken, which no migration could match: the country is chosen anew.
  const storedInvalid = partner !== undefined && !isCountryCode(partner.countryCode);

  const saving = useRecordSave("partner", partner, [ZPartnerCreateInput, ZPartnerUpdateInput]);

  function checkCoordinates(values: { latitude: number | null; longitude: number | null }) {
    const found: FieldErrors = {};
    for (const name of ["latitude", "longitude"] as const) {
      if (Number.isNaN(values[name])) found[name] = [m.partner.notANumber];
    }
    if (!found.latitude && !found.longitude && (values.latitude === null) !== (values.longitude === null)) {
      found[values.latitude === null ? "latitude" : "longitude"] = [m.partner.coordinatesBoth];
    }
    return found;
  }

  return (
    <RecordForm
      saving={saving}
      read={({ data, text }) => ({
        ...readFields(PARTNER_FIELDS, data),
        countryCode: text("countryCode"),
        continent: text("continent"),
        kind: text("kind"),
        latitude: coordinate(text("latitude")),
        longitude: coordinate(text("longitude")),
      })}
      check={checkCoordinates}
    >
      <FieldTableFieldset legend={m.partner.names} fields={PARTNER_FIELDS} section="names" record={partner} />
      <fieldset>
        <legend>{m.partner.location}</legend>
        <ComboBox
          label={m.form.country}
          name="countryCode"
          required
          hint={
            storedInvalid
              ? fmt(m.partner.countryInvalidStored, { code: partner.countryCode.trim() }, locale)
              : m.form.countryHint
          }
          useOptions={useCountryOptions}
          defaultSelected={partner && !storedInvalid ? countryOption(partner.countryCode, locale) : null}
          unmatched="text"
        />
        <SelectField
          label={m.common.continent}
          name="continent"
          required
          emptyLabel={m.common.choose}
          defaultValue={partner?.continent}
          options={enumOptions(CONTINENTS, m.enums.continent)}
        />
        <SelectField
          label={m.partner.kind}
          name="kind"
          required
          defaultValue={partner?.kind ?? "CITY"}
          options={enumOptions(PARTNER_KINDS, m.enums.partnerKind)}
        />
        {(["latitude", "longitude"] as const).map((name) => (
          <TextField
            key={name}
            label={m.partner[name]}
            name={name}
            hint={m.partner[`${name}Hint`]}
            maxLength={20}
            defaultValue={partner?.[name] == null ? "" : String(partner[name])}
          />
        ))}
        <FieldInputs fields={PARTNER_FIELDS} section="location" record={partner} m={m} />
      </fieldset>
    </RecordForm>
  );
}
