"""Realistic zh_CN demo and benchmark data, generated from a seed."""
