"""The application shell: start-up, the main window, change events on the GUI thread, icons and fonts."""
