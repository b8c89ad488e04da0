"""The first-run wizard, shown only when no archive exists yet."""
