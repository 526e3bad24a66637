// Signs in through the sign-in form as each role once and keeps the browser state for the other tests.
import { expect, test as setup } from "@playwright/test";
import { ROLES } from "../server/auth/roles";
import { DEMO_PASSWORD, demoAccount, storageStateOf } from "./auth";

for (const role of ROLES) {
  setup(`sign in through the form as ${role.toLowerCase()}`, async ({ page }) => {
    const account = demoAccount(role);
    await page.goto("/agreements");
    // Not signed in: the page sends us to sign-in and remembers where we wanted to go.
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fagreements/);
    await page.getByLabel("E-Mail-Adresse").fill(account.email);
    await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page).toHaveURL(/\/agreements$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vereinbarungen" })).toBeVisible();
    const menu = page.getByRole("region", { name: "Benutzerkonto" });
    await expect(menu).toContainText(account.name);
    await expect(menu).toContainText({ ADMIN: "Administration", EDITOR: "Redaktion", VIEWER: "Lesezugriff" }[role]);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
