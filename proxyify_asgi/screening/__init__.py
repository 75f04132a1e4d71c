"""Prompt-injection screening: normalisation, rules, screeners."""
