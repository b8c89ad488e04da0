"""The database itself: SQLCipher connections, the writer and its readers, migrations, change events, the owner lock."""
