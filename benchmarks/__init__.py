"""agentbook's performance suite (see run.py)."""
