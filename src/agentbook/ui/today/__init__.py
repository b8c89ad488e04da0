"""今日: the agent's day, and the actions shared with the record tabs."""
