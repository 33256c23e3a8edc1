/**
 * The message of whatever was thrown: an Error's `message`, anything else as `String` gives it.
 * The one rule for putting a caught value into a line of text; it has no domain, so every layer
 * (the database, the loader, the API, the command lines, the pages) may import it.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
