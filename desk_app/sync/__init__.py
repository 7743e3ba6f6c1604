"""Desk packages out, central merge in, reference data back."""
