// Why a PDF could not be made, with the HTTP status the export route answers: 503 when there is no Chromium to print
// with, 504 when printing took too long, 401/404/500 when the print page did not render. The message is meant for
// the user (it names no internals beyond the Chromium path an administrator needs).
export class PdfError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "PdfError";
  }
}

/** No Chromium (not installed, or it does not start): 503. */
export class PdfUnavailableError extends PdfError {
  constructor(message: string) {
    super(503, message);
    this.name = "PdfUnavailableError";
  }
}

/** The PDF was not ready in time: 504. `detail` says what the page was still waiting for (e.g. a chart). */
export class PdfTimeoutError extends PdfError {
  constructor(seconds: number, detail?: string) {
    super(
      504,
      `The PDF was not ready within ${seconds} s${detail ? ` (${detail})` : ""}; try again, or narrow the selection.`,
    );
    this.name = "PdfTimeoutError";
  }
}

/** The print page did not render (its session was refused: 401; not found: 404; it failed: 500). */
export class PdfRenderError extends PdfError {
  constructor(status: number, message: string) {
    super(status, message);
    this.name = "PdfRenderError";
  }
}
