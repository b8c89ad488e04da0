"""Pure domain rules: records, codes and validation. Imports neither Qt nor SQL."""
