"""统计: the book in charts."""
