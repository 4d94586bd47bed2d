"""Everything Qt: the main window, its pages, dialogs and the Qt models that adapt domain lists."""
