"""The Qt user interface. Talks to the data only through ``agentbook.store.api.Store``."""
