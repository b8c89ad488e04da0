"""The branch's people, change approval, handover and access log in the window (branch only)."""
