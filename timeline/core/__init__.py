"""Plain records and timeline geometry; no Qt, no SQL."""
