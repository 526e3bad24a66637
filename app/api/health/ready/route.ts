// GET /api/health/ready (server/http/health.ts; the production server answers it before Next.js).
export const dynamic = "force-dynamic";
export { readiness as GET } from "@/server/http/health";
