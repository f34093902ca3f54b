"""Everything Qt: windows, dialogs and item models. Only this package imports PySide6."""
