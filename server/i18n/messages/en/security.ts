// English messages of the security measures of issue 18 (m.security.*); typed by the German ones.
const security: typeof import("../de/security").default = {
  unavailableTitle: "Temporarily unavailable",
  unavailableText:
    "The database is not reachable at the moment. Nothing was changed. Please reload the page in a minute.",
};

export default security;
