// GET /api/health (server/http/health.ts; the production server answers it before Next.js).
export const dynamic = "force-dynamic";
export { health as GET } from "@/server/http/health";
