"""Python code generated from the Designer forms in ui/ by scripts/build_ui.py — do not edit."""
