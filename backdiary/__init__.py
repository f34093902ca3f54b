"""backdiary: a private desktop diary for back cramps and lower-back pain."""

__version__ = "0.1.0"
