"""The settings dialog, generated from the store's one declaration of settings."""
