"""Pluggable back ends (key store, credit ledger, job store, response cache), chosen by URI."""
