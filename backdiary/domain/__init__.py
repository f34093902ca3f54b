"""The pure domain layer: no Qt, no SQLAlchemy, standard library only."""
