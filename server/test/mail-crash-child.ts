// Test support (server/services/mail/mail.test.ts): a digest run in a process of its own that kills itself with
// SIGKILL right after its second claim is committed — a real crash between claim and send, nothing cleaned up.
import { createPrismaClient } from "../db/prisma";
import { runDigest } from "../services/mail/runs";
import { smtpSender } from "../services/mail/transport";

const { DATABASE_URL, SINK_URL, RUN_DAY } = process.env;
if (!DATABASE_URL || !SINK_URL || !RUN_DAY) throw new Error("DATABASE_URL, SINK_URL and RUN_DAY are required");
let claims = 0;
const db = createPrismaClient(DATABASE_URL, { maxConnections: 1 });
await runDigest(
  {
    db,
    sender: smtpSender(SINK_URL),
    from: "Crash <crash@stadt-koeln.example>",
    baseUrl: "https://partnerschaften.example",
    afterClaim: () => {
      claims++;
      if (claims === 2) process.kill(process.pid, "SIGKILL");
    },
  },
  new Date(RUN_DAY),
);
