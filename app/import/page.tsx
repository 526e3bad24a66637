import { titledBy } from "../_components/form-page";
import { getMessages } from "../_i18n/server";
import { requireRole } from "../_lib/session";
import { ImportWizard } from "./_components/import-wizard";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.dataImport.title);

/** Import from XLSX and CSV: upload, map the columns, look at the preview, apply (editors and admins). */
export default async function ImportPage() {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  return (
    <>
      <div className="page-header">
        <h1>{m.dataImport.title}</h1>
      </div>
      <p>{m.dataImport.intro}</p>
      <ImportWizard />
    </>
  );
}
