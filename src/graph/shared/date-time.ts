// An ISO 8601 date-time that states no offset: "2026-11-15T06:00:00", as CKAN publishes them.
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The instant an upstream date-time names, for `DateTimeISO` fields. France Travail and Infotravail publish UTC;
 * some of their times omit the offset, which JavaScript would read as the server's local time, so UTC is assumed.
 * Null when absent or unreadable, rather than an Invalid Date that would fail the field.
 */
export function utcInstant(text: string | null | undefined): Date | null {
  if (!text) return null;
  const trimmed = text.trim();
  const instant = new Date(WITHOUT_OFFSET.test(trimmed) ? `${trimmed}Z` : trimmed);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
