// Prisma CLI configuration. Only `prisma generate` is used from the CLI: migrations are applied and made by
// server/db/schema-engine.ts through Prisma's WebAssembly schema engine (no native engine download).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
