// Lets server modules that import "server-only" load under Vitest (it is a build-time guard for Next.js).
import { vi } from "vitest";

vi.mock("server-only", () => ({}));
