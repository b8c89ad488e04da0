"""Writes that span several records: premiums, renewals, merges, destruction, bulk loading."""
