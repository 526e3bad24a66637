// English messages of the last-resort error page (m.operations.*); the shape must match the German ones.
const operations: typeof import("../de/operations").default = {
  globalErrorTitle: "The application could not be shown",
  globalErrorText:
    "An unexpected error occurred. It has been logged. Please reload the page; if the error persists, give IT support the error code.",
  errorCode: "Error code",
  reload: "Reload page",
};

export default operations;
