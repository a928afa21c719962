"""The central service that owns the queue of a region."""
