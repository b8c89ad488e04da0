"""agentbook: an offline, encrypted customer archive for insurance agents (保险客户档案)."""

__version__ = "0.1.0"
APP_NAME = "agentbook"
