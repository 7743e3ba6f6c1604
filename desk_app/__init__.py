"""Ứng dụng Bộ phận Một cửa: the one-stop desk app."""

__version__ = "0.1.0"
