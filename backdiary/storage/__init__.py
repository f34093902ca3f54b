"""Persistence: SQLite through SQLAlchemy; ORM rows never leave this package."""
